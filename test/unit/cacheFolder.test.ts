import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseCommand } from '../../server/src/cli/args';
import { corpusCacheFolder, openCacheFor, userCacheFolder } from '../../server/src/host/cacheFolder';
import { buildIdOf, configHash, engineVersion } from '../../server/src/host/engineVersion';
import { cacheFolderFrom } from '../../server/src/lsp/settings';
import { defaultConfig } from '../../server/src/protocol/configFile';

describe('where the analysis cache lives', () => {
  it('is the XDG cache folder, else the platform’s own', () => {
    assert.equal(userCacheFolder({ XDG_CACHE_HOME: '/var/cache/me' }, 'linux', '/home/me'), '/var/cache/me/seed-curator');
    assert.equal(userCacheFolder({ XDG_CACHE_HOME: 'relative/cache' }, 'linux', '/home/me'), '/home/me/.cache/seed-curator', 'a relative XDG_CACHE_HOME is ignored');
    assert.equal(userCacheFolder({}, 'linux', '/home/me'), '/home/me/.cache/seed-curator');
    assert.equal(userCacheFolder({}, 'darwin', '/Users/me'), '/Users/me/Library/Caches/seed-curator');
  });

  it('gives each corpus its own folder, outside the corpus', () => {
    const a = corpusCacheFolder('/cache', '/data/news');
    assert.equal(path.dirname(a), '/cache');
    assert.notEqual(a, corpusCacheFolder('/cache', '/data/reviews'));
    assert.equal(a, corpusCacheFolder('/cache', '/data/news/'), 'the same corpus however its path is written');
  });

  it('opens a corpus’s cache under the folder given', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-cache-for-'));
    try {
      const cache = await openCacheFor('/data/news', { base, configHash: configHash(defaultConfig()), log: (message) => assert.fail(message) });
      assert.equal(cache?.folder, corpusCacheFolder(base, '/data/news'));
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });

  it('removes the caches of corpora no run has opened for a month, and nothing else', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-cache-sweep-'));
    try {
      const folderWith = (corpus: string, files: string[], daysAgo: number) => {
        const folder = corpusCacheFolder(base, corpus);
        fs.mkdirSync(folder);
        for (const file of files) fs.writeFileSync(path.join(folder, file), 'x');
        const then = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000);
        fs.utimesSync(folder, then, then);
        return folder;
      };
      const gone = folderWith('/data/gone', ['00.cache', 'ff.cache'], 31);
      const recent = folderWith('/data/recent', ['00.cache'], 29);
      const withStranger = folderWith('/data/stranger', ['00.cache', 'notes.txt'], 40);
      const notOurs = path.join(base, 'photos');
      fs.mkdirSync(notOurs);
      fs.utimesSync(notOurs, new Date(0), new Date(0));
      const news = await openCacheFor('/data/news', { base, configHash: 'c', log: (message) => assert.fail(message) });
      assert.ok(news);
      assert.equal(fs.existsSync(gone), false);
      assert.deepEqual(fs.readdirSync(recent), ['00.cache']);
      assert.deepEqual(fs.readdirSync(withStranger), ['notes.txt'], 'only our own files go');
      assert.ok(fs.existsSync(notOurs));
      // Opening a corpus's cache marks it used, even when nothing in it is written.
      const then = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
      fs.utimesSync(recent, then, then);
      await openCacheFor('/data/recent', { base, configHash: 'c', log: () => undefined }); // its stand-in file is named as foreign
      assert.ok(Date.now() - fs.statSync(recent).mtimeMs < 60_000);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });

  it('is the folder the client gives the server, else the user’s cache folder', () => {
    assert.equal(cacheFolderFrom({ cacheFolder: '/storage/ws1' }), '/storage/ws1');
    for (const given of [undefined, null, {}, { cacheFolder: 7 }, { cacheFolder: 'relative' }]) assert.equal(cacheFolderFrom(given), userCacheFolder());
  });
});

describe('check --cache', () => {
  const options = (argv: string[]) => {
    const command = parseCommand(argv);
    assert.equal(command.kind, 'check', JSON.stringify(command));
    return command.kind === 'check' ? command.options : assert.fail();
  };

  it('uses no cache unless asked', () => {
    assert.equal(options(['check', 'corpus']).cache, undefined);
  });

  it('uses the user’s cache folder for --cache alone, and leaves the word after it a path', () => {
    const given = options(['check', '--cache', 'corpus']);
    assert.equal(given.cache, userCacheFolder());
    assert.deepEqual(given.paths, ['corpus']);
  });

  it('uses the folder after "=", made absolute', () => {
    assert.equal(options(['check', '--cache=tmp/cache', 'corpus']).cache, path.resolve('tmp/cache'));
  });

  it('takes nothing after -- as the option', () => {
    assert.deepEqual(options(['check', '--', '--cache']).paths, ['--cache']);
  });

  it('refuses an empty folder', () => {
    assert.deepEqual(parseCommand(['check', '--cache=']), { kind: 'usage-error', message: '--cache= names no folder; give --cache alone for the default one' });
  });
});

describe('what a cache is valid for', () => {
  it('names the package version and the build', () => {
    assert.match(engineVersion(), /^\d+\.\d+\.\d+\S*\+[0-9a-f]{16}$/);
  });

  it('changes when any of the code changes', () => {
    const code = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-build-'));
    try {
      fs.mkdirSync(path.join(code, 'engine'));
      fs.writeFileSync(path.join(code, 'engine', 'rules.js'), 'exports.rule = 1;');
      fs.writeFileSync(path.join(code, 'server.js.map'), '{}');
      const first = buildIdOf(code);
      fs.writeFileSync(path.join(code, 'server.js.map'), '{"changed":1}');
      assert.equal(buildIdOf(code), first, 'source maps are no code');
      fs.writeFileSync(path.join(code, 'engine', 'rules.js'), 'exports.rule = 2;');
      assert.notEqual(buildIdOf(code), first);
    } finally {
      fs.rmSync(code, { recursive: true, force: true });
    }
  });

  it('hashes a configuration whatever the order of its keys', () => {
    assert.equal(configHash({ languages: ['en'], duplicates: { minWords: 8, similarity: 0.8 } }), configHash({ duplicates: { similarity: 0.8, minWords: 8 }, languages: ['en'] }));
    assert.notEqual(configHash({ languages: ['en', 'nb'] }), configHash({ languages: ['nb', 'en'] }), 'the order of a list counts');
    assert.notEqual(configHash(defaultConfig()), configHash({ ...defaultConfig(), languages: ['en'] }));
  });
});
