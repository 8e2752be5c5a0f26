// The jsonld package ships no types; this is the part of its API the tests use.
declare module "jsonld" {
  interface RemoteDocument {
    readonly contextUrl: string | null;
    readonly documentUrl: string;
    readonly document: unknown;
  }
  interface Options {
    readonly documentLoader?: (url: string) => Promise<RemoteDocument>;
    readonly safe?: boolean;
    readonly base?: string | null;
  }
  const jsonld: {
    expand(input: unknown, options?: Options): Promise<Record<string, unknown>[]>;
  };
  export default jsonld;
}
