import { normaliseEmail, normaliseTimeZone, validateSubscription } from './index';

describe('normaliseEmail', () => {
  it.each([
    ['  Alice.Smith@Example.COM ', 'Alice.Smith@example.com'],
    ['bob+alerts@mail.example.co.kr', 'bob+alerts@mail.example.co.kr'],
    ['user@bücher.example', 'user@xn--bcher-kva.example'],
    ['user@example.com.', 'user@example.com'],
  ])('%p => %p', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });

  it.each([
    '',
    'plain',
    '@example.com',
    'user@',
    'user@localhost',
    'a@b@example.com',
    'a..b@example.com',
    '.a@example.com',
    'a b@example.com',
    '"quoted"@example.com',
    'user@-bad.example.com',
    'user@[127.0.0.1]',
    'user@10.0.0.1',
    `${'x'.repeat(65)}@example.com`,
    `user@${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`,
    'user@example.com\r\nBcc: victim@example.com',
  ])('refuses %p', (input) => {
    expect(normaliseEmail(input)).toBeNull();
  });
});

describe('normaliseTimeZone', () => {
  it.each([
    ['Asia/Seoul', 'Asia/Seoul'],
    ['asia/seoul', 'Asia/Seoul'],
    ['America/New_York', 'America/New_York'],
    ['UTC', 'UTC'],
    ['Mars/Olympus', null],
    ['+09:00', null],
    ['', null],
  ])('%p => %p', (input, expected) => {
    expect(normaliseTimeZone(input)).toBe(expected);
  });
});

describe('validateSubscription', () => {
  it('fills defaults for a bare address', () => {
    expect(validateSubscription({ email: 'A@Example.com' })).toEqual({
      ok: true,
      value: {
        email: 'A@example.com',
        tracks: [],
        events: ['status.changed', 'deadline.changed', 'deadline.countdown'],
        digest: { cadence: 'daily', weekday: null, time: '08:00' },
        timezone: 'UTC',
      },
    });
  });

  it('normalises every field of a full request', () => {
    const result = validateSubscription({
      email: ' kim@Example.KR ',
      tracks: ['kr-us', 'kr-us', 'jp-us'],
      events: ['deadline.countdown', 'status.changed'],
      digest: { cadence: 'Weekly', weekday: 'fri', time: '7:30' },
      timezone: 'asia/seoul',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        email: 'kim@example.kr',
        tracks: ['kr-us', 'jp-us'],
        events: ['status.changed', 'deadline.countdown'],
        digest: { cadence: 'weekly', weekday: 5, time: '07:30' },
        timezone: 'Asia/Seoul',
      },
    });
  });

  it.each([
    [{ digest: 'weekly' }, { cadence: 'weekly', weekday: 1, time: '08:00' }],
    [
      { digest: 'weekly', digestWeekday: 7, digestTime: '18:05' },
      { cadence: 'weekly', weekday: 7, time: '18:05' },
    ],
    [{ digest: 'off' }, { cadence: 'off', weekday: null, time: '08:00' }],
    [{ events: ['status.changed'] }, { cadence: 'off', weekday: null, time: '08:00' }],
    [{ events: ['status.changed', 'digest'] }, { cadence: 'daily', weekday: null, time: '08:00' }],
    [
      { events: ['status.changed'], digest: 'daily' },
      { cadence: 'daily', weekday: null, time: '08:00' },
    ],
    [
      { digest: 'daily', digestWeekday: 3 },
      { cadence: 'daily', weekday: null, time: '08:00' },
    ],
  ])('digest from %j', (fields, expected) => {
    const result = validateSubscription({ email: 'a@example.com', ...fields });
    expect(result.ok && result.value.digest).toEqual(expected);
  });

  it.each([
    [{}, ['email']],
    [{ email: 'nope' }, ['email']],
    [{ email: 'x'.repeat(300) + '@example.com' }, ['email']],
    [{ email: 'a@example.com', timezone: 'Nowhere/City' }, ['timezone']],
    [{ email: 'a@example.com', digestTime: '25:00' }, ['digestTime']],
    [{ email: 'a@example.com', digest: 'hourly' }, ['digest']],
    [{ email: 'a@example.com', digest: { cadence: 'weekly', weekday: 9 } }, ['digest.weekday']],
    [{ email: 'a@example.com', events: ['article.classified', 'bogus'] }, ['events.0', 'events.1']],
    [{ email: 'a@example.com', tracks: ['ok', '../etc'] }, ['tracks.1']],
    [{ email: 'a@example.com', events: [], digest: 'off' }, ['events']],
    [{ email: 'bad', timezone: 'bad', digestTime: 'bad' }, ['email', 'digestTime', 'timezone']],
  ])('refuses %j with errors on %j', (input, fields) => {
    const result = validateSubscription(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field).sort()).toEqual([...fields].sort());
  });

  it.each([
    [{ tracks: 'kr-us', events: 'status.changed' }, ['kr-us'], ['status.changed']],
    [
      { tracks: ['', 'kr-us', 'jp-us'], events: ['', 'deadline.changed'] },
      ['kr-us', 'jp-us'],
      ['deadline.changed'],
    ],
    [{ tracks: 'kr-us,jp-us', events: '', digest: 'daily' }, ['kr-us', 'jp-us'], []],
  ])('reads form-style lists %j', (fields, tracks, events) => {
    const result = validateSubscription({ email: 'a@example.com', ...fields });
    expect(result.ok && [result.value.tracks, result.value.events]).toEqual([tracks, events]);
  });

  it('refuses a non-object body', () => {
    expect(validateSubscription('a@example.com')).toMatchObject({ ok: false, errors: [{ field: 'body' }] });
  });

  it('checks tracks against the known ids when given', () => {
    const result = validateSubscription(
      { email: 'a@example.com', tracks: ['kr-us', 'xx'] },
      { knownTrackIds: ['kr-us'] },
    );
    expect(result).toEqual({ ok: false, errors: [{ field: 'tracks.1', message: 'unknown track "xx"' }] });
  });
});
