import json,collections
W=json.load(open('/work/blind/blind-24/watchlist.json'))
SECT={"pharmacy","cannabis","logistics","retail","health","finance","telecom","public","education","industry","tech","other"}
ids=set()
for o in W["organizations"]:
    assert o["id"] not in ids; ids.add(o["id"])
    assert set(o)<= {"id","name","aliases","domains","sector","country","keywords"}
    assert o.get("sector","other") in SECT
    assert len(o.get("country","XX"))==2 and o.get("country","XX").isupper()
DT=set("name, email, phone, postal_address, date_of_birth, national_id, password, payment_card, bank_account, health, health_insurance, order_history, tracking, sales_data, internal_documents, source_code, ip_address, access".split(", "))
KINDS={"sale","leak","ransom","access","news","other"}
SRC={"telegram","forum","dls","paste","market","news","chat"}
C=collections.Counter; lang=C(); kind=C(); src=C(); pos=0; alert=0; opt=C(); optany=0; sect=0; rc=0; long_=0; seen=set(); optsrc=C()
for n,line in enumerate(open('/work/blind/blind-24/postings.jsonl'),1):
    d=json.loads(line)
    assert d["id"]=="b24-%03d"%n and d["id"] not in seen; seen.add(d["id"])
    assert set(d)<= {"id","source","lang","text","expect","note","title","victim","website","country"}, d
    assert d["source"] in SRC and d["lang"] in {"en","fr","es","pt","de","it","ru"}
    assert isinstance(d["text"],str) and d["text"] and d["note"]
    e=d["expect"]; assert set(e)<={"orgs","kind","record_count","data_types","sector"}
    assert e["kind"] in KINDS and all(o in ids for o in e["orgs"]) and len(set(e["orgs"]))==len(e["orgs"])
    assert e["record_count"] is None or (isinstance(e["record_count"],int) and e["record_count"]>0)
    assert all(t in DT for t in e["data_types"]) and len(set(e["data_types"]))==len(e["data_types"])
    if "sector" in e:
        assert e["sector"]["sector"] in SECT and len(e["sector"]["country"])==2 and not e["orgs"]; sect+=1
    if "title" in d: assert d["text"].startswith(d["title"]+"\n")
    if "victim" in d or "website" in d or "country" in d: assert d["source"]=="dls"
    if e["kind"] in ("news","other"): assert e["record_count"] is None or True
    lang[d["lang"]]+=1; kind[e["kind"]]+=1; src[d["source"]]+=1
    if e["orgs"] and e["kind"] in ("sale","leak","ransom","access"): pos+=1
    if e["orgs"]: alert+=1
    o=[k for k in ("title","victim","website","country") if k in d]
    for k in o: opt[k]+=1
    if o: optany+=1; optsrc[d["source"]]+=1
    if e["record_count"] is not None: rc+=1
    if d["text"].count("\n")>=7: long_+=1
print("n",n); print("lang",dict(lang)); print("kind",dict(kind)); print("src",dict(src))
print("victim-named alerting",pos,"any orgs",alert,"sector",sect,"rc",rc,"long(8+ lines)",long_)
print("opt",dict(opt),"any",optany,dict(optsrc))

def table(title,c):
    s="| %s | count |\n| --- | --- |\n"%title
    for k,v in sorted(c.items(),key=lambda x:(-x[1],x[0])): s+="| %s | %d |\n"%(k,v)
    return s
news_named=alert-pos
block=("<!-- counts -->\nTotal postings: %d\n\n"%n+table("language",lang)+"\n"+table("kind",kind)+"\n"+table("source",src)+
"\n- name a watched organization as the affected party (expect.orgs non-empty): %d (%.1f %%)\n"%(alert,100*alert/n)+
"  - of which alert kinds (sale, leak, ransom, access): %d; news mentions: %d\n"%(pos,news_named)+
"- expect.orgs empty: %d (of which with expect.sector: %d)\n"%(n-alert,sect)+
"- record_count stated (non-null): %d\n"%rc+
"- postings with at least one optional field (title/victim/website/country): %d (%.0f %%) — title %d, victim %d, website %d, country %d; by source: %s\n"%(optany,100*optany/n,opt['title'],opt['victim'],opt['website'],opt['country'],", ".join("%s %d"%kv for kv in sorted(optsrc.items(),key=lambda x:-x[1])))+
"- long postings (9 lines or more): %d\n"%long_+
"- watchlist organizations: %d\n<!-- /counts -->\n"%len(W["organizations"]))
import os,sys
if len(sys.argv)>1 and sys.argv[1]=="block": open('/tmp/b24/block.md','w').write(block)
else:
    rd=open('/work/blind/blind-24/README.md').read()
    assert block in rd, "README counts out of date"
    print("README counts OK")
