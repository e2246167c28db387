P_LIST = []
def P(src, lang, text, orgs, kind, rc, dt, note, title=None, victim=None, website=None, country=None, sector=None):
    text = text.strip("\n")
    if title:
        text = title + "\n" + text
    d = {"source": src, "lang": lang}
    if title: d["title"] = title
    if victim is not None: d["victim"] = victim
    if website is not None: d["website"] = website
    if country is not None: d["country"] = country
    d["text"] = text
    e = {"orgs": orgs, "kind": kind, "record_count": rc, "data_types": dt}
    if sector: e["sector"] = {"sector": sector[0], "country": sector[1]}
    d["expect"] = e
    d["note"] = note
    P_LIST.append(d)
