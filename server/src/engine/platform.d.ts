/**
 * The one global of JavaScript runtimes the engine uses beyond the ECMAScript library (Node, browsers
 * and workers all have it). The engine compiles without Node's types (`"types": []`), so that no
 * Node built-in creeps in; what it needs of the platform is declared here, by the parts it reads.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
}
