import json, re, sys, collections as C
base='/work/blind/blind-21/'
W=json.load(open(base+'watchlist.json'))
SECT={"pharmacy","cannabis","logistics","retail","health","finance","telecom","public","education","industry","tech","other"}
DT=set("name email phone postal_address date_of_birth national_id password payment_card bank_account health health_insurance order_history tracking sales_data internal_documents source_code ip_address access".split())
KINDS={"sale","leak","ransom","access","news","other"}
SRC={"telegram","forum","dls","paste","market","news","chat"}
LANGS={"en","fr","es","pt","de","it","ru"}
err=[]
ids=set()
assert set(W.keys())=={"organizations"}
for o in W["organizations"]:
    if set(o)-{"id","name","aliases","domains","sector","country","keywords"}: err.append(("wl extra",o["id"]))
    if not o.get("id") or not o.get("name"): err.append(("wl req",o))
    if o["id"] in ids: err.append(("wl dup",o["id"]))
    ids.add(o["id"])
    if "sector" in o and o["sector"] not in SECT: err.append(("wl sector",o["id"]))
    if "country" in o and not re.fullmatch(r"[A-Z]{2}",o["country"]): err.append(("wl country",o["id"]))
    for k in ("aliases","domains","keywords"):
        if k in o and not (isinstance(o[k],list) and all(isinstance(x,str) and x for x in o[k])): err.append(("wl list",o["id"],k))
P=[]
seen=set()
for n,line in enumerate(open(base+'postings.jsonl'),1):
    p=json.loads(line); P.append(p)
    pid=p.get("id")
    if pid!=f"b21-{n:03d}": err.append(("id seq",n,pid))
    if pid in seen: err.append(("dup id",pid))
    seen.add(pid)
    allowed={"id","source","lang","text","expect","note","title","victim","website","country"}
    if set(p)-allowed: err.append(("extra keys",pid,set(p)-allowed))
    for k in ("id","source","lang","text","expect","note"):
        if k not in p: err.append(("missing",pid,k))
    if p["source"] not in SRC: err.append(("source",pid))
    if p["lang"] not in LANGS: err.append(("lang",pid))
    if not isinstance(p["text"],str) or not p["text"].strip(): err.append(("text",pid))
    if not p["note"].strip(): err.append(("note",pid))
    if "title" in p:
        if not p["text"].startswith(p["title"]+"\n"): err.append(("title prefix",pid))
        if p["source"] not in ("dls","market","forum","telegram"): err.append(("title src",pid))
    for k in ("victim","website","country"):
        if k in p and p["source"]!="dls": err.append(("dls field",pid,k))
    if "country" in p and not re.fullmatch(r"[A-Z]{2}",p["country"]): err.append(("country",pid))
    e=p["expect"]
    if set(e)-{"orgs","kind","record_count","data_types","sector"}: err.append(("expect keys",pid))
    for k in ("orgs","kind","record_count","data_types"):
        if k not in e: err.append(("expect missing",pid,k))
    if not isinstance(e["orgs"],list) or any(o not in ids for o in e["orgs"]) or len(set(e["orgs"]))!=len(e["orgs"]): err.append(("orgs",pid,e["orgs"]))
    if e["kind"] not in KINDS: err.append(("kind",pid))
    rc=e["record_count"]
    if not (rc is None or (isinstance(rc,int) and not isinstance(rc,bool) and rc>0)): err.append(("rc",pid))
    if not isinstance(e["data_types"],list) or any(d not in DT for d in e["data_types"]) or len(set(e["data_types"]))!=len(e["data_types"]): err.append(("dt",pid,e["data_types"]))
    if "sector" in e:
        s=e["sector"]
        if set(s)!={"sector","country"} or s["sector"] not in SECT or not re.fullmatch(r"[A-Z]{2}",s["country"]): err.append(("sector",pid))
        if e["orgs"]: err.append(("sector with orgs",pid))
if len(P)!=200: err.append(("count",len(P)))
# README counts
ALERT={"sale","leak","ransom","access"}
stats={}
for name,f in [("lang",lambda p:p["lang"]),("kind",lambda p:p["expect"]["kind"]),("source",lambda p:p["source"])]:
    stats[name]=C.Counter(f(p) for p in P)
extra={
 "alert_with_orgs":sum(1 for p in P if p["expect"]["orgs"] and p["expect"]["kind"] in ALERT),
 "news_with_orgs":sum(1 for p in P if p["expect"]["orgs"] and p["expect"]["kind"]=="news"),
 "other_with_orgs":sum(1 for p in P if p["expect"]["orgs"] and p["expect"]["kind"]=="other"),
 "any_orgs":sum(1 for p in P if p["expect"]["orgs"]),
 "alert_no_orgs":sum(1 for p in P if not p["expect"]["orgs"] and p["expect"]["kind"] in ALERT),
 "multi_org":sum(1 for p in P if len(p["expect"]["orgs"])>1),
 "optional_any":sum(1 for p in P if any(k in p for k in ("title","victim","website","country"))),
 "title":sum(1 for p in P if "title" in p),
 "victim":sum(1 for p in P if "victim" in p),
 "website":sum(1 for p in P if "website" in p),
 "dls_country":sum(1 for p in P if "country" in p),
 "sector":sum(1 for p in P if "sector" in p["expect"]),
 "record_count":sum(1 for p in P if p["expect"]["record_count"] is not None),
 "long15":sum(1 for p in P if p["text"].count("\n")>=14),
 "dls_namesake_victim":sum(1 for p in P if "victim" in p and not p["expect"]["orgs"]),
}
if "--readme" in sys.argv:
    R=open(base+'README.md').read()
    for name,c in stats.items():
        for k,v in c.items():
            if not re.search(rf"\|\s*{re.escape(k)}\s*\|\s*{v}\s*\|",R): err.append(("readme",name,k,v))
    for k,v in extra.items():
        if not re.search(rf"`{k}`\s*\|\s*{v}\b",R): err.append(("readme",k,v))
print(json.dumps({n:dict(c) for n,c in stats.items()},ensure_ascii=False))
print(json.dumps(extra))
print("ERRORS:",len(err)); [print(e) for e in err]
sys.exit(1 if err else 0)
