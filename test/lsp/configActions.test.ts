import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { CodeActionRequest, DiagnosticSeverity, ExecuteCommandRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { PUSH_CLIENT, TestClient, codes, messageOf, withCode } from './lspTestClient';

/**
 * The code actions that teach the corpus's config: each writes `.seedcurator.json` on disk and is
 * applied by the time the command returns, without indexing the corpus again (a re-index would
 * leave the old findings in place until it ended).
 */
describe('config actions', () => {
  let client: TestClient;
  afterEach(() => client.stop());

  const configOnDisk = async () => JSON.parse(await fs.readFile(path.join(client.folder, '.seedcurator.json'), 'utf8')) as Record<string, unknown>;

  async function actionsFor(relative: string, code: string): Promise<CodeAction[]> {
    const uri = client.uri(relative);
    const diagnostic = (await client.diagnostics(uri, withCode(code))).find((d: Diagnostic) => d.code === code)!;
    return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
  }

  async function run(relative: string, code: string, title: string): Promise<void> {
    const action = (await actionsFor(relative, code)).find((candidate) => candidate.title === title);
    assert.ok(action?.command, `"${title}" is offered; got ${(await actionsFor(relative, code)).map((a) => a.title).join(' | ')}`);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: action.command.command, arguments: action.command.arguments });
  }

  /** The diagnostics last pushed: what the editor shows the moment the command has returned. */
  const shown = (relative: string) => client.pushed.get(client.uri(relative)) ?? [];

  it('"Turn off <rule> for this corpus" writes "off" and clears the rule everywhere at once', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    await client.diagnostics(client.uri('harbour-bridge.txt'), withCode('boilerplate'));
    const statesBefore = client.indexStates.length;
    await run('harbour-bridge.txt', 'boilerplate', 'Turn off boilerplate for this corpus');
    assert.deepEqual((await configOnDisk()).rules, { boilerplate: 'off' });
    assert.deepEqual((await configOnDisk()).languages, ['en', 'nb'], 'the rest of the config is kept');
    assert.ok(!codes(shown('harbour-bridge.txt')).includes('boilerplate'));
    assert.ok(codes(shown('harbour-bridge-reopens.txt')).includes('duplicate-passage'), 'other rules stay');
    assert.deepEqual(client.indexStates.slice(statesBefore), [], 'not indexed again');
  });

  it('"Ignore <rule> in this seed" records the seed\'s path under "ignore" and clears the rule there only', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const pier = await client.changeOnDisk('pier-notice.txt', 'Pier notice\n\nThe north pier will close for painting during the first two weeks of May, the harbour office said.\n');
    await client.diagnostics(pier, withCode('missing-date'));
    await run('ferry-timetable.txt', 'missing-date', 'Ignore missing-date in this seed');
    assert.deepEqual((await configOnDisk()).ignore, { 'ferry-timetable.txt': ['missing-date'] });
    assert.ok(!codes(shown('ferry-timetable.txt')).includes('missing-date'));
    assert.ok(codes(shown('pier-notice.txt')).includes('missing-date'), 'another seed still lacks its date');
  });

  it('"Not boilerplate" keeps the line in every seed', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const actions = await actionsFor('harbour-bridge.txt', 'boilerplate');
    assert.ok(!actions.some((action) => /to the boilerplate phrases/.test(action.title)), 'a built-in phrase is boilerplate already');
    await run('harbour-bridge.txt', 'boilerplate', 'Not boilerplate: keep "Advertisement" in every seed');
    assert.deepEqual((await configOnDisk()).boilerplate, { keep: ['Advertisement'] });
    assert.ok(!codes(shown('harbour-bridge.txt')).includes('boilerplate'));
  });

  it('"Add to the boilerplate phrases" makes a line repeated across seeds a phrase of the corpus', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const line = 'The Valley Post weekly bulletin';
    const towns = ['Nordvik', 'Sandøy', 'Lyngør', 'Vestby', 'Hamnes'];
    for (const town of towns) await client.changeOnDisk(`${town}.txt`, `News from ${town}\n\nThe council of ${town} met on Monday evening to discuss the new ferry quay and the road to the school.\n\n${line}\n`);
    const repeated = (await client.diagnostics(client.uri('Hamnes.txt'), withCode('boilerplate'))).find((d) => d.code === 'boilerplate')!;
    assert.match(messageOf(repeated), /appears in 5 seeds/);
    await run('Hamnes.txt', 'boilerplate', `Add "${line}" to the boilerplate phrases`);
    assert.deepEqual((await configOnDisk()).boilerplate, { phrases: [line] });
    // What is boilerplate changes what is compared: the corpus is indexed again, and the line is now a phrase of it.
    await client.diagnostics(client.uri('Hamnes.txt'), (diagnostics) => diagnostics.some((d) => d.code === 'boilerplate' && /is site boilerplate/.test(messageOf(d))));
  });

  it('a severity changed by hand in the config is applied without indexing again', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const ferry = client.uri('ferry-timetable.txt');
    const before = (await client.diagnostics(ferry, withCode('missing-date'))).find((d) => d.code === 'missing-date')!;
    assert.equal(before.severity, DiagnosticSeverity.Warning);
    const statesBefore = client.indexStates.length;
    await client.changeOnDisk('.seedcurator.json', JSON.stringify({ include: ['**/*.txt', '**/*.seed'], languages: ['en', 'nb'], rules: { 'missing-date': 'error' } }));
    await client.diagnostics(ferry, (diagnostics) => diagnostics.some((d) => d.code === 'missing-date' && d.severity === DiagnosticSeverity.Error));
    // Indexing reports its state before it checks a seed again: none came.
    assert.deepEqual(client.indexStates.slice(statesBefore), []);
  });
});
