import json,collections
rows=[json.loads(l) for l in open("postings.jsonl")]
wl=json.load(open("watchlist.json"))["organizations"]
C=collections.defaultdict(collections.Counter)
for r in rows:
    e=r["expect"]
    C["lang"][r["lang"]]+=1; C["kind"][e["kind"]]+=1; C["source"][r["source"]]+=1
M=collections.OrderedDict()
M["orgs_nonempty"]=sum(bool(r["expect"]["orgs"]) for r in rows)
M["alerting(orgs & kind in s/l/r/a)"]=sum(bool(r["expect"]["orgs"]) and r["expect"]["kind"] in {"sale","leak","ransom","access"} for r in rows)
M["optional_fields_any"]=sum(any(k in r for k in ("title","victim","website","country")) for r in rows)
M["expect.sector"]=sum("sector" in r["expect"] for r in rows)
M["record_count_stated"]=sum(r["expect"]["record_count"] is not None for r in rows)
M["long(>=8 lines)"]=sum(r["text"].count("\n")>=7 for r in rows)
opt={k:sum(k in r for r in rows) for k in ("title","victim","website","country")}
optsrc=collections.Counter(r["source"] for r in rows if "title" in r)
ko=collections.Counter((r["expect"]["kind"],bool(r["expect"]["orgs"])) for r in rows)
def tab(name,c):
    s=f"| {name} | postings |\n| --- | --- |\n"
    for k,v in sorted(c.items()): s+=f"| {k} | {v} |\n"
    return s
R=f"""# blind-23 — blind benchmark set (200 postings, 7 languages)

Written blind (no detector code, no other benchmark set read); format per `/work/shared/eval/FORMAT.md`.

Files: `watchlist.json` ({len(wl)} invented organizations), `postings.jsonl` (ids b23-001 … b23-200), `README.md`.
Helper scripts used to produce and check the set: `wl.py`, `p_common.py`, `p_*.py` (postings per language), `overrides.py`
(later label/text revisions, applied by `build.py`), `validate.py` (format + README count check), `mkreadme.py`.

## Watchlist

{len(wl)} invented organizations across: US Northeast/Texas, Quebec/BC, Wales/English Midlands, Provence/Auvergne, Flanders,
Zurich/Ticino, Navarra/Cantabria, Chile, Paraguay, Cuba, Minas Gerais/Bahia, Angola, Bavaria/Saxony-Anhalt, Carinthia,
Lombardy/Calabria, Friuli, Samara, Vladivostok, Kyrgyzstan, Uzbekistan. Hard cases built in:
short acronyms (GSP, BPI, TBS, BCS, TLR, LPB, BAP, BCH, ALG, BBU, ITAG, ВТС, ТТК, VLOG, CVP, KTel, GTel),
ordinary words / place names (Mistral, Volcans, Cordillera, Malecón, Irati, Pas, Baía, Mineira, Kwanza, Isar, Lario, Ceresio,
Aspromonte, Tagliamento, Black Country, Dyffryn, Navruz, Ала-Тоо, Pecan), names with "&" (Lone Star Freight & Storage,
Cedar & Smoke), generic words that get translated (Pharmacie L'Érable ↔ Erable Pharmacy, Schelde Apotheek ↔ Pharmacie Escaut,
Building Society ↔ BS), sister companies (Lario Tech / Lario Logistica), Cyrillic names with Latin aliases.

## Counts

{tab("lang",C["lang"])}
{tab("kind",C["kind"])}
{tab("source",C["source"])}
Summary (checked by validate.py):

""" + "\n".join(f"- {k}: {v}" for k,v in M.items()) + f"""

- orgs_nonempty = postings whose expect.orgs names a watched organization as the affected party ({M['orgs_nonempty']}/200 = {M['orgs_nonempty']/2:.1f} %).
  Of these, {M['alerting(orgs & kind in s/l/r/a)']} are sale/leak/ransom/access (alert due), {ko[('news',True)]} are news about a watched
  victim (mention, no alert) and {ko[('other',True)]} are chat requests about a watched victim's data (kind other, no offer).
- Kind × has-org: """ + ", ".join(f"{k}{'+org' if o else ''}={v}" for (k,o),v in sorted(ko.items())) + f"""
- Optional fields: {M['optional_fields_any']}/200 postings carry at least one ({M['optional_fields_any']/2:.0f} %): title {opt['title']}
  (by source: """ + ", ".join(f"{k} {v}" for k,v in sorted(optsrc.items())) + f"""), victim/website/country {opt['victim']} (all dls postings).
  Every title is also the first line of text. Namesake DLS victims (victim field = watched name, other website/country):
  b23-004, b23-038, b23-065, b23-099, b23-118, b23-154, b23-184 — all labelled orgs [].

## Negatives and role cases (orgs [] or kind news/other)

namesakes as ordinary words/places (mistral, volcans, cordillera, malecón, Irati, baía, Isar, Lario, Ceresio, Tagliamento, Navruz,
Ala-Too square, Volga car, Aspromonte fires, Wörthersee holiday), acronym collisions (GSP = Georges St-Pierre, BCH = Bitcoin Cash,
ALG = Arbeitslosengeld, ТТК = ТрансТелеКом), other companies with the same name in another country, role cases (carrier b23-008/170,
payment provider b23-026/082/169, software vendor b23-147, referring hospital b23-129, SMS provider b23-104, reseller b23-046,
supplier b23-197, competitor b23-106/136), explicit exclusions (b23-022, b23-047, b23-086, b23-132, b23-044), comparisons / past examples
(b23-014, b23-029, b23-073, b23-105, b23-142, b23-164, b23-190), scam warnings, service ads, buyer requests,
and {M['expect.sector']} sector-only postings with expect.sector.

## Labelling decisions (ambiguities)

- record_count only when a number of records/people/lines is claimed; prices, per-record prices, years, GB sizes, host counts,
  store counts, revenue and file counts (b23-003 "41,233 files") are not counts. "1.1M lineas", "380 mil", "26.000", "5.600",
  "152 000" are converted to integers. Combo lists: the stated line count (b23-056 1,000,000; b23-111 500,000).
- data_types only when the posting states the kind of data; vague "patient files", "client data", "beneficiaries' data",
  "subscriber base" get no type beyond what is explicit (health for medical records/prescriptions, internal_documents for
  contracts/HR/finance). "Logins + pw" without e-mails → password only. Access offers carry ["access"] (plus source_code for a GitLab).
- News about a watched victim lists it in orgs with kind news (FORMAT: a mention, not an alert); denials (b23-035, b23-101, b23-153)
  are also kind news with the org listed. News that names a watched org only as comparison / not affected → orgs [].
- b23-058 (creds "free for VIP members") = leak; b23-126/b23-083 (re-share of DLS data for free) = leak.
- b23-140 and b23-198 (asking whether a watched org's leak is still around / real) = other with the org listed, because they are
  about its data but offer nothing.
- Ransom postings on Telegram with a countdown (no DLS) are kind ransom.
- Scam warnings naming a watched org (b23-007, b23-040, b23-057, b23-076, b23-109, b23-134, b23-156, b23-188) = other, orgs [].
- b23-024 "Dyffryn Vets" is a namesake (Welsh 'valley') of Dyffryn Clinic → orgs [].
- Russian-language forums selling western victims (b23-185, b23-186, b23-195) are positives in lang ru.
"""
open("README.md","w").write(R)
