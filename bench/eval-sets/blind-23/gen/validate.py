import json,collections,re,sys
wl=json.load(open("watchlist.json"))
SECT={"pharmacy","cannabis","logistics","retail","health","finance","telecom","public","education","industry","tech","other"}
ids=set()
for o in wl["organizations"]:
    assert o["id"] not in ids; ids.add(o["id"])
    assert set(o)<= {"id","name","aliases","domains","sector","country","keywords"}
    if "sector" in o: assert o["sector"] in SECT
    if "country" in o: assert re.fullmatch("[A-Z]{2}",o["country"])
DT=set("name, email, phone, postal_address, date_of_birth, national_id, password, payment_card, bank_account, health, health_insurance, order_history, tracking, sales_data, internal_documents, source_code, ip_address, access".split(", "))
KINDS={"sale","leak","ransom","access","news","other"}
SRC={"telegram","forum","dls","paste","market","news","chat"}
rows=[json.loads(l) for l in open("postings.jsonl")]
seen=set()
C=collections.defaultdict(collections.Counter)
for r in rows:
    assert r["id"] not in seen; seen.add(r["id"])
    assert set(r)<= {"id","source","lang","text","expect","note","title","victim","website","country"}, r["id"]
    assert r["source"] in SRC and r["lang"] in {"en","fr","es","pt","de","it","ru"}
    e=r["expect"]; assert set(e)<={"orgs","kind","record_count","data_types","sector"}
    assert e["kind"] in KINDS
    assert all(o in ids for o in e["orgs"]), r["id"]
    assert e["record_count"] is None or (isinstance(e["record_count"],int) and e["record_count"]>0)
    assert all(t in DT for t in e["data_types"]) and len(set(e["data_types"]))==len(e["data_types"]), r["id"]
    if "sector" in e: assert e["sector"]["sector"] in SECT and re.fullmatch("[A-Z]{2}",e["sector"]["country"]) and not e["orgs"]
    if "title" in r: assert r["text"].startswith(r["title"]+"\n"), r["id"]
    if "victim" in r: assert r["source"]=="dls"
    if e["kind"]=="access": assert "access" in e["data_types"], r["id"]
    C["lang"][r["lang"]]+=1; C["kind"][e["kind"]]+=1; C["source"][r["source"]]+=1
    C["misc"]["orgs_nonempty"]+=bool(e["orgs"])
    C["misc"]["alerting(orgs & kind in s/l/r/a)"]+=bool(e["orgs"]) and e["kind"] in {"sale","leak","ransom","access"}
    C["misc"]["optional_fields_any"]+=any(k in r for k in ("title","victim","website","country"))
    for k in ("title","victim","website","country"): C["opt"][k]+=k in r
    C["misc"]["expect.sector"]+="sector" in e
    C["misc"]["record_count_stated"]+=e["record_count"] is not None
    C["misc"]["long(>=8 lines)"]+=r["text"].count("\n")>=7
    if any(k in r for k in ("title","victim")): C["opt_by_source"][r["source"]]+=1
    C["kind_orgs"][e["kind"]+("+org" if e["orgs"] else "")]+=1
    C["lang_kind"][r["lang"]+"/"+e["kind"]]+=1
assert len(rows)==200
for k,v in C.items(): print(k,dict(sorted(v.items())))
# check README counts if present
import os
if os.path.exists("README.md"):
    rd=open("README.md").read()
    for k in ("lang","kind","source"):
        for n,v in C[k].items():
            assert re.search(rf"\b{n}\b\s*\|\s*{v}\b",rd), (k,n,v)
    for n,v in C["misc"].items():
        assert f"{n}: {v}" in rd, (n,v)
    print("README counts OK")
