import json, random, sys
sys.path.insert(0,'.')
import common, en, fr, es, pt, de, it, ru
L = common.P_LIST
random.seed(21)
# optional structure: keep ~40%: drop title field (text kept) on every other forum post without DLS fields
n=0
for d in L:
    if d['source']=='forum' and 'title' in d:
        n+=1
        if n%2==0: del d['title']
# telegram: first line as title on some multi-line messages
t=0
for d in L:
    if d['source']=='telegram' and 'title' not in d:
        lines=d['text'].split('\n')
        if len(lines)>=3 and len(lines[0])<70:
            t+=1
            if t%2==1:
                d2={k:v for k,v in d.items() if k not in ('text','expect','note')}
                d2['title']=lines[0]
                d2['text']=d['text']; d2['expect']=d['expect']; d2['note']=d['note']
                d.clear(); d.update(d2)
random.shuffle(L)
with open('../postings.jsonl','w') as f:
    for i,d in enumerate(L,1):
        d = {"id": f"b21-{i:03d}", **d}
        f.write(json.dumps(d, ensure_ascii=False)+"\n")
print(len(L))
