/** A labelled set built by script from ../shared/corpora, in the format of ../shared/eval/FORMAT.md. */
export interface BuiltSet {
  watchlist: { organizations: { id: string; name: string; aliases: string[]; domains: string[]; sector?: string; country?: string }[] };
  postings: { id: string; source: string; lang: string; text: string; expect: { orgs: string[]; kind: string; record_count: number | null; data_types: string[] }; note: string; [field: string]: unknown }[];
}
