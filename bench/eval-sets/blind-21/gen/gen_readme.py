import json, collections as C
base='/work/blind/blind-21/'
P=[json.loads(l) for l in open(base+'postings.jsonl')]
W=json.load(open(base+'watchlist.json'))['organizations']
ALERT={"sale","leak","ransom","access"}
def table(title, key, order):
    c=C.Counter(key(p) for p in P)
    s=f"| {title} | postings |\n|---|---|\n"
    for k in order:
        if c[k]: s+=f"| {k} | {c[k]} |\n"
    return s
def ids(f): return ", ".join(p["id"] for p in P if f(p))
n=lambda f: sum(1 for p in P if f(p))
note=lambda *ws: (lambda p: any(w in p["note"].lower() for w in ws))
lk=C.Counter((p["lang"],p["expect"]["kind"]) for p in P)
langs=["en","fr","es","pt","de","it","ru"]; kinds=["sale","leak","ransom","access","news","other"]
cross="| lang | "+" | ".join(kinds)+" |\n|---|"+"---|"*len(kinds)+"\n"
for l in langs: cross+=f"| {l} | "+" | ".join(str(lk[(l,k)]) for k in kinds)+" |\n"
E={
 "alert_with_orgs":n(lambda p:p["expect"]["orgs"] and p["expect"]["kind"] in ALERT),
 "news_with_orgs":n(lambda p:p["expect"]["orgs"] and p["expect"]["kind"]=="news"),
 "other_with_orgs":n(lambda p:p["expect"]["orgs"] and p["expect"]["kind"]=="other"),
 "any_orgs":n(lambda p:p["expect"]["orgs"]),
 "alert_no_orgs":n(lambda p:not p["expect"]["orgs"] and p["expect"]["kind"] in ALERT),
 "multi_org":n(lambda p:len(p["expect"]["orgs"])>1),
 "optional_any":n(lambda p:any(k in p for k in ("title","victim","website","country"))),
 "title":n(lambda p:"title" in p),
 "victim":n(lambda p:"victim" in p),
 "website":n(lambda p:"website" in p),
 "dls_country":n(lambda p:"country" in p),
 "sector":n(lambda p:"sector" in p["expect"]),
 "record_count":n(lambda p:p["expect"]["record_count"] is not None),
 "long15":n(lambda p:p["text"].count("\n")>=14),
 "dls_namesake_victim":n(lambda p:"victim" in p and not p["expect"]["orgs"]),
}
optsrc=C.Counter(p["source"] for p in P if any(k in p for k in ("title","victim")))
orgcov=C.Counter(o for p in P if p["expect"]["kind"] in ALERT for o in p["expect"]["orgs"])
nsec=C.Counter(o["sector"] for o in W)
R=f"""# blind-21 — detection benchmark set (written blind)

Files:
- `watchlist.json` — {len(W)} invented organizations (none is a real company) in the regions of the brief:
  US Pacific Northwest and New England, Manitoba and Nova Scotia, Scottish Highlands and Cornwall,
  Normandie and Occitanie, Guadeloupe and Réunion, Geneva and Fribourg, Galicia and Murcia, Peru,
  Costa Rica, Uruguay, Pará and Santa Catarina, the Azores, Saxony and Schleswig-Holstein, Tyrol,
  Puglia and Sardinia, Emilia-Romagna, Novosibirsk, Kaliningrad, Kazakhstan, Moldova.
  Sectors: {", ".join(f"{k} {v}" for k,v in sorted(nsec.items()))}.
- `postings.jsonl` — 200 labelled postings, ids b21-001 … b21-200 (order shuffled, seed 21).
- `gen/` — the generator (one file per language), `gen/validate.py` (format + README check) and
  `gen/gen_readme.py` (this file's tables). Rebuild: `cd gen && python3 watchlist.py && python3 build.py && python3 gen_readme.py && python3 validate.py --readme`.

Hard cases built into the watchlist: short acronyms (PNT, PNCU, HIF, TCF, BPL, CAAC, IRT, KWM, ZVHM,
FRS, LVE, BPD, CCC, GLC, MHP, PSFL, KTel); ordinary words or place names (Green Leaf, Bluenose, Cascadia,
Causse, Ti Bazar, Léman, Sarine, Rías Baixas, Segura = "safe", Andina, Tico, Charrúa, Tapajós, Açaí, Floripa,
Açoriana, Elbtal, Inntal, Nuraghe, Via Emilia, Delta, Обь, Янтарный берег, Дала = "steppe"/"gave", Codru);
names with "&" (Highland & Islands Ferries, Transports Causse & Fils); generic words that get translated or
abbreviated (Pharmacy/Pharmacie/Farmacia/Apotheke, Bank/Banca/Банк, Clinic/Clínica, Transport, Telecom/Télécom);
names sharing words (Cascadia Rx / Cascadia Cannabis Co.; Prairie North Telecom / Prairie North Credit Union);
Cyrillic names with Latin spellings as aliases. Some entries deliberately lack keywords or domains.

## Counts

{table("lang","lang".__class__ and (lambda p:p["lang"]), langs)}
{table("kind", lambda p:p["expect"]["kind"], kinds)}
{table("source", lambda p:p["source"], ["telegram","forum","dls","paste","market","news","chat"])}
Language × kind:

{cross}
| measure | count | meaning |
|---|---|---|
| `alert_with_orgs` | {E["alert_with_orgs"]} | postings of kind sale/leak/ransom/access that name a watched organization as the affected party ({E["alert_with_orgs"]/2:.1f} %) |
| `news_with_orgs` | {E["news_with_orgs"]} | news postings about a watched organization's incident (mentions, no alert) |
| `other_with_orgs` | {E["other_with_orgs"]} | other postings about a watched organization as alleged victim (want-to-buy requests, rumours) |
| `any_orgs` | {E["any_orgs"]} | all postings with a non-empty expect.orgs ({E["any_orgs"]/2:.1f} %) |
| `alert_no_orgs` | {E["alert_no_orgs"]} | sale/leak/ransom/access postings whose victim is not watched (namesakes, role cases, sector-only, generic) |
| `multi_org` | {E["multi_org"]} | postings with two watched organizations |
| `sector` | {E["sector"]} | postings with expect.sector (victim described only by sector and country) |
| `record_count` | {E["record_count"]} | postings with a non-null record_count |
| `long15` | {E["long15"]} | postings of 15 lines or more (full DLS posts with file trees, forum threads with sample rows) |

Optional structure:

| measure | count | meaning |
|---|---|---|
| `optional_any` | {E["optional_any"]} | postings carrying at least one optional field ({E["optional_any"]/2:.1f} %) |
| `title` | {E["title"]} | postings with `title` (text starts with title + newline) |
| `victim` | {E["victim"]} | DLS postings with `victim` |
| `website` | {E["website"]} | DLS postings with `website` |
| `dls_country` | {E["dls_country"]} | DLS postings with `country` |
| `dls_namesake_victim` | {E["dls_namesake_victim"]} | DLS postings whose victim field is a namesake of a watched organization (expect.orgs = []) |

Optional fields by source: {", ".join(f"{k} {v}" for k,v in sorted(optsrc.items()))}.

Every watched organization is the victim of at least one alert-kind posting
(min {min(orgcov[o["id"]] for o in W)}, max {max(orgcov.values())} per organization).

## Labelling conventions

- `expect.orgs` lists only organizations the posting is *about* as the affected party. For news and other
  postings the same rule is applied (a news item about a watched organization's incident lists it; a
  want-to-buy request or rumour about a watched organization lists it), so that orgs stay honest; those
  postings never call for an alert because of their kind.
- An organization mentioned in another role (carrier, payment provider, software vendor, supplier, size
  comparison, past example, explicit "not affected") is **not** listed.
- `record_count` is the number of records or people claimed: "340 mil" = 340000, "1,1 mln" = 1100000,
  "47 thousand" = 47000, "plus de 200 000" = 200000, "~12,000" = 12000. Prices, prices per record, years,
  GB/TB, revenue, employee counts of a company (in access ads), branch counts and file counts are never
  counts. When both people and linked rows are given, the people count is used (b21-186: 412,006 customers,
  not 1.9M fill rows; b21-086: 270к patients, not 1.3 млн result rows). Orders/bookings/shipments/policies
  are records when they are what is claimed.
- `data_types` only lists what the posting states; vague words ("bases abonnés", "clientes", "employee data",
  "datos de pacientes" in one news item) are not expanded into fields, except that patient/prescription data
  is `health` and KYC passports/ID scans are `national_id`.
- `expect.sector` uses the watchlist's sector vocabulary; a pharmaceutical *manufacturer* is `industry`
  (like the watched Sarine Pharma), an insurer is `finance`.

## Hard negatives and role cases (ids)

- Namesakes / ordinary words: {ids(note("namesake","ordinary word"))}
- Role cases (carrier, payment provider, software vendor, supplier, comparison, past example, explicit exclusion):
  {ids(note("role:","comparison","past example","not affected","only as the","only as a"))}
- Victim only by sector and country (expect.sector): {ids(lambda p:"sector" in p["expect"])}
- Scam warnings, ads, chatter (kind other, no org): {ids(lambda p:p["expect"]["kind"]=="other" and not p["expect"]["orgs"])}
- Generic combolists with no victim: {ids(note("combolist","combo"))}

## Ambiguous decisions

- b21-072 (merchant logins of Açaí Pay taken from stealer logs, sold in chat): labelled as a sale about
  Açaí Pay — the credentials open its merchant portal. b21-057 (a combolist that happens to contain one
  address on ticomovil.cr) is labelled orgs [] — the telecom is not the breached party.
- b21-043 (an "insider in NuragheTel" selling SIM swaps) is labelled `access` to Nuraghe Telecomunicazioni.
- Data published after a missed deadline ("download livre", "jetzt frei") is `leak`; countdowns and
  threats are `ransom`; DLS posts are `ransom` even when they describe the data.
- b21-090 (phishing campaign impersonating Banca Popolare del Delta, systems not breached) is news listing the
  bank; b21-166 (Dala Telecom denies a leak) is news listing the telecom.
- Sector-only postings that strongly hint at a watched organization (a Fribourg pharma lab, a Tyrol insurer,
  a fintech from Pará, an Azorean insurer, a Canadian cannabis retailer) are labelled orgs [] with
  expect.sector: the posting names no victim.
- b21-188: "450 MA" is the number of employees whose HR data is sold, so it is the record count there; in the
  access ads (b21-151 etc.) employee numbers describe the company and are not counts.
- b21-056 (a bundle of three Peruvian databases) lists the two watched victims and takes the stated total
  (508k) as record_count; data fields are not stated, so data_types is [].
- Forum posts without a `title` field still begin with their thread title line in `text` (as a monitor that
  does not parse structure would see them).
- Language is the main language of the text; DLS posts are mostly English but some are written in the
  victim's language (fr, es, pt, de, it, ru), as some sites copy the company description.
"""
open(base+'README.md','w').write(R)
