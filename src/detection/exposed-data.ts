import { hasMatchWhere } from './word-start-matches.js';

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
const SECRET_LINE = /^\s*(?:(?:#|\/\/|;)\s*)?(?:export\s+)?[\w.-]*(?:pass(?:word|wd)?|pwd|pw|psk|secret|api[_.-]?key|apikey|token|access[_.-]?key|private[_.-]?key|credentials?|auth[_.-]?key|passphrase|bindpw|rootpw)[\w.-]*(?:\s*[=:]\s*|\s+)["']?([^\s"']{6,})/u;
/** Values that are placeholders, not secrets. */
const PLACEHOLDER = /^(?:changeme|change[_-]?me|password\d*|secret|example|xxx+|\*+|<[^>]*>|\$\{[^}]*\}|\$[a-z_]+|your[_-]\S*|todo|null|none|empty|placeholder|dummy|test(?:123)?|123456|qwerty|admin)$/u;
/** A note that the secrets still work: "still valid", "noch gültig", "работает". */
const STILL_LIVE = /(?:still (?:valid|live|working)|valid as of|live as of|tested today|verified|noch gultig|heute getestet|funktioniert|encore valide|toujours valide|fonctionne|valido|valida|funciona|testad[oa]|ancora valid|funziona|работает|рабочие|валид)/u;

const DUMP_HEADER = /^--\s*(?:mysql dump|mariadb dump|postgresql database dump|dumped from database|host:\s*\S+\s+database:|server version|rows?:|total rows)|^copy\s+[\w."]+\s*\([^)]*\)\s+from stdin|^insert into\s+[\w."`]+\s+values\s*\(\d/u;

/** A file in a listing, with its size: "/srv/backup/erp_dump.sql.gz   12G". */
const LISTED_FILE = /^\s*(?:(?:[\w.-]*[/\\])+[\w.-]+[/\\]?|[\w.-]+\.(?:sql|gz|zip|tar|tgz|7z|rar|bak|csv|json|xlsx?|dump|db|zst)|[\w.-]+\/)(?:\s+\S+){0,2}\s+(?:\d+(?:[.,]\d+)?\s*(?:[kmgt]i?b?|bytes|go|mo)|-)\s*$/u;
const DOWNLOAD = /(?:index of \/|качай\S*|download|telecharg\S*|descarga\S*|baixar|herunterladen|scarica\S*|скачать|hxxps?:|https?:\/\/|mega\.nz|gofile|pixeldrain|magnet:\?xt=)/u;
/** A download, a link or a mirror named in the text: what publishing data gives the reader. */
export function offersDownload(text: string): boolean {
  // Asked up to three times of one posting by classify-kind.ts: the last answer is kept.
  if (text === lastAsked) return lastAnswer;
  lastAsked = text;
  lastAnswer = DOWNLOAD.test(text) || hasMatchWhere(SHARED_LINK, text, 'not after a letter') || hasMatchWhere(IN_THE_CHANNEL, text, 'not after a letter');
  return lastAnswer;
}
let lastAsked: string | undefined;
let lastAnswer = false;
/** The word "link" in the languages of the sets (not "fiquem ligados"). */
const SHARED_LINK = /(?:(?:links?|liens?|enlaces?|liga)(?![\p{L}])|ссылк)/gu;

/** A link said to be given: "mega link", "link below", "lien ci-dessous", "ссылка ниже" (not "link in bio", "fiquem ligados"). */
const LINK_GIVEN = /(?:mega|gofile|drive|dropbox|pixeldrain|torrent)\s+link|(?:link|links|enlace|lien)\s+(?:below|in (?:the )?comments|abaixo|abajo|unten|sotto|ci-dessous|en bas|nos comentarios|en los comentarios)|ссылк\S{0,2}\s+ниже/u;

/** Where the data is, given: an address, a file host, a link said to be below, the channel it was posted in. Not "download the app", "lien dans la bio". */
const DATA_POINTER = /https?:\/\/|hxxps?:|mega\.nz|gofile|pixeldrain|magnet:\?xt=|index of \//u;
/** The channel the data was posted in: "link no canal", "файл в канале", "subido al canal". Searched from word starts (word-start-matches.ts). */
const IN_THE_CHANNEL = /(?:al|en el|no|na|nel|sul|dans le|sur le|im|in the|on the|в|на) (?:canal|canale|channel|kanal|канале|канал)(?![\p{L}])/gu;

export function pointsToData(text: string): boolean {
  return DATA_POINTER.test(text) || LINK_GIVEN.test(text) || hasMatchWhere(IN_THE_CHANNEL, text, 'not after a letter');
}

/** A download or a link to one that the text gives, not just the word "link". */
export function givesDownloadLink(text: string): boolean {
  return DOWNLOAD.test(text) || LINK_GIVEN.test(text);
}

/** A repository mirrored in full: "ledgerly-core.git full mirror … magnet:?xt=…". */
const REPOSITORY = /(?:\.git\b|git mirror|full mirror|repositor(?:y|io)|branches:)/u;

export type ExposedData = 'live secrets' | 'database dump' | 'backup listing' | 'repository';

/**
 * Where one line holds several settings ("user=root pass=AcN2025#", "user: svc / pass: S3cr3t!"),
 * each is read as a line of its own.
 */
const SETTING_START = /(?<![\s;,|/])[\s;,|/]+(?=[\w.-]{1,40}\s*[=:])/u;
/** A production host or label beside one secret: "DB_HOST=db1.example.ru", "# .env (prod)". */
const PRODUCTION_HINT = /(?:^|\n)[ \t]*(?:#[ \t]*)?[\w.-]*host[ \t]*[=:][ \t]*[\w-]+\.[\w.-]+|\((?:prod|production|live)\)|(?<![\p{L}])(?:prod|production)(?![\p{L}])/u;

/**
 * A login and its password on a line of their own, as credential pastes list them: "m.berther :
 * Graubuenden2026!", "admin / Nand2025!". The password has letters and digits and no spaces; a
 * value that is a host, a URL, a number, a date or a plain word ("host: 10.20.0.5", "user:
 * svc_backup", "format: email:pass") is none.
 */
const CREDENTIAL_LINE = /^\s*(?:[-*•]\s*)?([\w.@+-]{1,40})\s*[:|/]\s*([^\s:/]{6,40})\s*$/u;
const NOT_A_LOGIN = new Set(['host', 'hostname', 'server', 'url', 'port', 'ip', 'date', 'format', 'price', 'prix', 'preco', 'precio', 'prezzo', 'preis', 'total', 'rows', 'lines', 'count', 'size', 'deadline', 'status', 'id', 'title', 'contact', 'telegram', 'tox', 'session', 'jabber', 'xmpp', 'btc', 'xmr', 'wallet']);
/** Where such logins work: a host or a web address in the text. */
const LOGIN_TARGET = /(?:https?:\/\/|(?<![\w.-])(?:vpn|mail|owa|webmail|radius|portal|remote|citrix|admin|sso|rdp)\.[\w-]+\.[a-z]{2,})/u;

/** A mailbox and its password on a line: "recepcao@clinic.example : Blumenau@2026". The mailbox is where the login works. */
const MAILBOX_LOGIN = /(?:^|\n)[ \t]*[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}[ \t]*[:|][ \t]*\S/u;

/** Cheap look-ups before LOGIN_TARGET reads the whole text: most postings name no login host. */
const LOGIN_HINTS = ['://', 'vpn.', 'mail.', 'owa.', 'webmail.', 'radius.', 'portal.', 'remote.', 'citrix.', 'admin.', 'sso.', 'rdp.'];

function isCredentialLine(line: string): boolean {
  const found = CREDENTIAL_LINE.exec(line);
  if (!found) return false;
  const [, login, secret] = found as unknown as [string, string, string];
  return !NOT_A_LOGIN.has(login) && /\p{L}/u.test(secret) && /\d/u.test(secret) && !/^\d[\d.,-]*[a-z]{0,3}$/u.test(secret) && !PLACEHOLDER.test(secret);
}

/** Words each form needs somewhere in the text: most postings have none and are read no further. */
const SECRET_WORD = /pass|pwd|pw|psk|secret|key|token|credential/gu;
/** After a secret's name: the rest of the key, then its value ("DB_PASSWORD=…", "pw: …"). */
const SECRET_VALUE_AHEAD = /^[\w.-]{0,30}(?:[=:]|\s+\S)/u;

/** A secret's name followed by a value somewhere in the text: each name is looked at once, 40 characters ahead. */
function hasSecretSign(text: string): boolean {
  for (const found of text.matchAll(SECRET_WORD)) {
    const end = found.index + found[0].length;
    if (SECRET_VALUE_AHEAD.test(text.slice(end, end + 40))) return true;
  }
  return false;
}
const DUMP_SIGN = /(?:^|\n)(?:--|copy |insert into)/u;

/**
 * Every sign above in one pattern: most postings carry none, and one pass over them is cheaper
 * than a pass per sign (this runs on every posting that names no price).
 */
const ANY_SIGN = new RegExp([SECRET_WORD.source, DUMP_SIGN.source, DOWNLOAD.source, ...LOGIN_HINTS.map((hint) => hint.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'))].join('|'), 'u');

export function findExposedData(text: string): ExposedData | null {
  const mayMailboxes = text.includes('@') && MAILBOX_LOGIN.test(text);
  if (!mayMailboxes && !ANY_SIGN.test(text)) return null;
  const maySecrets = hasSecretSign(text);
  const mayLogins = mayMailboxes || (LOGIN_HINTS.some((hint) => text.includes(hint)) && LOGIN_TARGET.test(text));
  const mayDump = DUMP_SIGN.test(text);
  const mayListing = DOWNLOAD.test(text);
  if (!maySecrets && !mayDump && !mayListing && !mayLogins) return null;
  const lines = text.split('\n', 200).map((line) => line.slice(0, 300));
  let secrets = 0;
  let dumpLines = 0;
  let listedFiles = 0;
  for (const line of lines) {
    if (maySecrets) {
      for (const setting of line.split(SETTING_START)) {
        const secret = SECRET_LINE.exec(setting);
        if (secret && !PLACEHOLDER.test(secret[1]!)) secrets += 1;
      }
    }
    if (mayLogins && !(maySecrets && SECRET_LINE.test(line)) && isCredentialLine(line)) secrets += 1;
    if (mayDump && DUMP_HEADER.test(line)) dumpLines += 1;
    if (mayListing && LISTED_FILE.test(line)) listedFiles += 1;
  }
  if (secrets >= 2 || (secrets === 1 && (STILL_LIVE.test(text) || PRODUCTION_HINT.test(text)))) return 'live secrets';
  if (dumpLines >= 2) return 'database dump';
  if (listedFiles >= 2) return 'backup listing';
  if (mayListing && REPOSITORY.test(text)) return 'repository';
  return null;
}
