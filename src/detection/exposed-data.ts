/**
 * Texts that expose data by what they are, not by what they say: configuration with live
 * secrets ("DB_PASSWORD=Qm7!vT2#pL9zR"), the header of a database dump ("-- MySQL dump",
 * "COPY public.clients … FROM stdin"), or a server's backup files listed with a download.
 * Published for anyone to read, each is a `leak` of the organization named in it. An exercise
 * ("DB_PASSWORD=changeme", a CREATE TABLE in a tutorial) is none of them.
 *
 * Normalized text; every pattern is anchored on one line of at most 300 characters.
 */

/** `KEY=value` or `key: value` where the key names a secret. */
const SECRET_LINE = /^\s*(?:export\s+)?[\w.-]*(?:pass(?:word|wd)?|pwd|secret|api[_.-]?key|apikey|token|access[_.-]?key|private[_.-]?key|credentials?|auth[_.-]?key|passphrase|bindpw|rootpw)[\w.-]*(?:\s*[=:]\s*|\s+)["']?([^\s"']{6,})/u;
/** Values that are placeholders, not secrets. */
const PLACEHOLDER = /^(?:changeme|change[_-]?me|password\d*|secret|example|xxx+|\*+|<[^>]*>|\$\{[^}]*\}|\$[a-z_]+|your[_-]\S*|todo|null|none|empty|placeholder|dummy|test(?:123)?|123456|qwerty|admin)$/u;
/** A note that the secrets still work: "still valid", "noch gültig", "работает". */
const STILL_LIVE = /(?:still (?:valid|live|working)|valid as of|live as of|tested today|verified|noch gultig|heute getestet|funktioniert|encore valide|toujours valide|fonctionne|valido|valida|funciona|testad[oa]|ancora valid|funziona|работает|рабочие|валид)/u;

const DUMP_HEADER = /^--\s*(?:mysql dump|mariadb dump|postgresql database dump|dumped from database|host:\s*\S+\s+database:|server version|rows?:|total rows)|^copy\s+[\w."]+\s*\([^)]*\)\s+from stdin|^insert into\s+[\w."`]+\s+values\s*\(\d/u;

/** A file in a listing, with its size: "/srv/backup/erp_dump.sql.gz   12G". */
const LISTED_FILE = /^\s*(?:(?:[\w.-]*[/\\])+[\w.-]+[/\\]?|[\w.-]+\.(?:sql|gz|zip|tar|tgz|7z|rar|bak|csv|json|xlsx?|dump|db|zst)|[\w.-]+\/)(?:\s+\S+){0,2}\s+(?:\d+(?:[.,]\d+)?\s*(?:[kmgt]i?b?|bytes|go|mo)|-)\s*$/u;
const DOWNLOAD = /(?:index of \/|качай\S*|download|telecharg\S*|descarga\S*|baixar|herunterladen|scarica\S*|скачать|hxxps?:|https?:\/\/|mega\.nz|gofile|pixeldrain|magnet:\?xt=)/u;
/** A repository mirrored in full: "ledgerly-core.git full mirror … magnet:?xt=…". */
const REPOSITORY = /(?:\.git\b|git mirror|full mirror|repositor(?:y|io)|branches:)/u;

export type ExposedData = 'live secrets' | 'database dump' | 'backup listing' | 'repository';

/** Words each form needs somewhere in the text: most postings have none and are read no further. */
const SECRET_SIGN = /(?:pass|pwd|bindpw|rootpw|secret|key|token|credential)[\w.-]{0,30}(?:[=:]|\s+\S)/u;
const DUMP_SIGN = /(?:^|\n)(?:--|copy |insert into)/u;

export function findExposedData(text: string): ExposedData | null {
  const maySecrets = SECRET_SIGN.test(text);
  const mayDump = DUMP_SIGN.test(text);
  const mayListing = DOWNLOAD.test(text);
  if (!maySecrets && !mayDump && !mayListing) return null;
  const lines = text.split('\n', 200).map((line) => line.slice(0, 300));
  let secrets = 0;
  let dumpLines = 0;
  let listedFiles = 0;
  for (const line of lines) {
    const secret = maySecrets ? SECRET_LINE.exec(line) : null;
    if (secret && !PLACEHOLDER.test(secret[1]!)) secrets += 1;
    if (mayDump && DUMP_HEADER.test(line)) dumpLines += 1;
    if (mayListing && LISTED_FILE.test(line)) listedFiles += 1;
  }
  if (secrets >= 2 || (secrets === 1 && STILL_LIVE.test(text))) return 'live secrets';
  if (dumpLines >= 2) return 'database dump';
  if (listedFiles >= 2) return 'backup listing';
  if (mayListing && REPOSITORY.test(text)) return 'repository';
  return null;
}
