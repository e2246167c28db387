/**
 * Links the monitor never follows or loads: archives, dumps, databases, executables. Leak sites
 * link their stolen data this way (Lorenz: `../downloadr2/…/files.7z.001`); reading the page
 * around the link is monitoring, fetching the link is downloading the dump.
 */
const DOWNLOAD_PATH = /\.(7z|zip|rar|tar|gz|tgz|bz2|xz|zst|sql|db|sqlite|csv|xlsx?|docx?|pdf|bak|dump|iso|img|exe|msi|apk|bin|txt|eml|pst|mbox)(\.\d{1,4})?$|\.part\d+\.rar$|\/download[^/]*\//i;

export function isDownloadLink(url: string): boolean {
  try {
    return DOWNLOAD_PATH.test(new URL(url).pathname);
  } catch {
    return true;
  }
}
