P=[]
def p(src,lang,kind,orgs,rc,dt,text,note,title=None,victim=None,website=None,country=None,sector=None):
    if title and not text.startswith(title+"\n"): text=title+"\n"+text
    d={"source":src,"lang":lang,"text":text,"expect":{"orgs":orgs,"kind":kind,"record_count":rc,"data_types":dt},"note":note}
    if sector: d["expect"]["sector"]=sector
    if title: d["title"]=title
    if victim: d["victim"]=victim
    if website: d["website"]=website
    if country: d["country"]=country
    P.append(d)
