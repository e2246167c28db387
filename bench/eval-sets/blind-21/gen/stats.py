import json, collections as C
P=[json.loads(l) for l in open('../postings.jsonl')]
c=lambda k: C.Counter(k(p) for p in P)
print("lang",c(lambda p:p['lang']))
print("kind",c(lambda p:p['expect']['kind']))
print("source",c(lambda p:p['source']))
alert={'sale','leak','ransom','access'}
print("nonempty orgs",sum(1 for p in P if p['expect']['orgs']))
print("alert w orgs",sum(1 for p in P if p['expect']['orgs'] and p['expect']['kind'] in alert))
print("opt",sum(1 for p in P if any(k in p for k in ('title','victim','website','country'))))
print("opt by source",c(lambda p:(p['source'], any(k in p for k in ('title','victim')))))
print("long>=15 lines",sum(1 for p in P if p['text'].count('\n')>=14), "long>=12",sum(1 for p in P if p['text'].count('\n')>=11))
print("sector",sum(1 for p in P if 'sector' in p['expect']))
print("rc",sum(1 for p in P if p['expect']['record_count'] is not None))
print("kind x orgs",c(lambda p:(p['expect']['kind'], bool(p['expect']['orgs']))))
