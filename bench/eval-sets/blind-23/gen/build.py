import json,importlib,sys
sys.path.insert(0,'.')
from p_common import P
for m in ["p_en","p_fr","p_es","p_pt","p_de","p_it","p_ru"]: importlib.import_module(m)
import overrides; overrides.apply(P)
with open("postings.jsonl","w") as f:
    for i,d in enumerate(P,1):
        out={"id":f"b23-{i:03d}"}; out.update(d)
        f.write(json.dumps(out,ensure_ascii=False)+"\n")
print(len(P))
