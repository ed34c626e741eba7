import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTracksFile, TracksFileError } from './tracks-file';

describe('parseTracksFile', () => {
  it('reads the shipped default: kr-us with its 1 August 2025 deadline at 00:01 US Eastern', () => {
    const file = path.join(__dirname, '../../../../config/tracks.yaml');
    const tracks = parseTracksFile(fs.readFileSync(file, 'utf8'), file);
    expect(tracks.map((t) => t.id)).toEqual(['kr-us', 'jp-us', 'eu-us']);
    const krUs = tracks[0];
    expect(krUs.deadline).toEqual({ at: '2025-08-01T04:01:00.000Z', timezone: 'America/New_York' });
    expect(krUs.keywords).toEqual(expect.arrayContaining(['Seoul', 'Yeo Han-koo', '2+2']));
    expect(krUs.feeds.length).toBeGreaterThanOrEqual(3);
  });

  it('reads JSON too', () => {
    const json = JSON.stringify({
      tracks: [{ id: 'in-us', name: 'India', parties: ['India', 'US'], keywords: ['India'] }],
    });
    expect(parseTracksFile(json, 'tracks.json')[0]).toMatchObject({ id: 'in-us', deadline: null, feeds: [] });
  });

  it('reads parties as plain names or as records with aliases, officials and agencies', () => {
    const yaml = [
      'tracks:',
      '  - id: gb-eu',
      '    name: UK – EU',
      '    parties:',
      '      - name: United Kingdom',
      '        aliases: [UK, Britain]',
      '        officials: [Keir Starmer, {name: Nick Thomas-Symonds, role: EU relations minister}]',
      '      - European Union',
      '    keywords: [Windsor Framework]',
    ].join('\n');
    expect(parseTracksFile(yaml, 'tracks.yaml')[0].parties).toEqual([
      {
        name: 'United Kingdom',
        aliases: ['UK', 'Britain'],
        officials: [{ name: 'Keir Starmer' }, { name: 'Nick Thomas-Symonds', role: 'EU relations minister' }],
      },
      { name: 'European Union' },
    ]);
  });

  it.each([
    [
      'a bad id',
      'tracks:\n  - id: Korea\n    name: x\n    parties: [a, b]\n    keywords: [k]\n',
      /t\.yaml:2: tracks\.0\.id: expected a lowercase pair/,
    ],
    [
      'a bad zone',
      'tracks:\n  - id: kr-us\n    name: x\n    parties: [a, b]\n    keywords: [k]\n    deadline:\n      at: "2025-08-01T00:01:00-04:00"\n      timezone: Eastern\n',
      /t\.yaml:8: tracks\.0\.deadline\.timezone: expected an IANA time zone/,
    ],
    ['broken YAML', 'tracks:\n  - id: [unclosed\n', /t\.yaml: /],
    [
      'a duplicate',
      'tracks:\n  - {id: kr-us, name: a, parties: [a, b], keywords: [k]}\n  - {id: kr-us, name: b, parties: [a, b], keywords: [k]}\n',
      /defined twice/,
    ],
  ])('refuses %s and names the line', (_what, text, message) => {
    expect(() => parseTracksFile(text, 't.yaml')).toThrow(TracksFileError);
    expect(() => parseTracksFile(text, 't.yaml')).toThrow(message);
  });
});
