import { parseFeedDate } from './dates';

describe('parseFeedDate', () => {
  it.each([
    ['RFC 822 with GMT', 'Sun, 05 May 2013 17:15:11 GMT', '2013-05-05T17:15:11.000Z'],
    ['numeric offset', 'Wed, 22 Jan 2014 18:11:30 +0600', '2014-01-22T12:11:30.000Z'],
    ['PST zone name', 'Fri, 01 Jan 2016 09:00:00 PST', '2016-01-01T17:00:00.000Z'],
    ['EST zone name', 'Wed, 03 Sep 2008 17:03:03 EST', '2008-09-03T22:03:03.000Z'],
    ['CEST zone name', 'Mon, 03 Apr 2006 10:17:41 CEST', '2006-04-03T08:17:41.000Z'],
    ['UT', 'Sat, 07 Sep 2002 00:00:01 UT', '2002-09-07T00:00:01.000Z'],
    ['Z after RFC 822', 'Thu, 07 May 2020 07:36:53 Z', '2020-05-07T07:36:53.000Z'],
    ['-0000', 'Tue, 10 Jun 2003 04:00:00 -0000', '2003-06-10T04:00:00.000Z'],
    ['no weekday, no seconds', '5 Jun 2013 09:00 +0200', '2013-06-05T07:00:00.000Z'],
    ['two-digit year', 'Sat, 07 Sep 02 00:00:01 GMT', '2002-09-07T00:00:01.000Z'],
    ['wrong weekday ignored', 'Mon, 05 May 2013 17:15:11 GMT', '2013-05-05T17:15:11.000Z'],
    ['comment in the zone', 'Sun, 05 May 2013 17:15:11 +0000 (UTC)', '2013-05-05T17:15:11.000Z'],
    ['Portuguese names', 'Seg, 24 Set 2018 19:18:49 -0300', '2018-09-24T22:18:49.000Z'],
    ['Italian names', 'Lun, 15 Ott 2018 10:00:00 +0200', '2018-10-15T08:00:00.000Z'],
    ['no zone means UTC', 'Sun, 05 May 2013 17:15:11', '2013-05-05T17:15:11.000Z'],
    [
      'full month name, month first, 12-hour clock',
      'October 24, 2017 1:05 PM EDT',
      '2017-10-24T17:05:00.000Z',
    ],
    ['US numeric 12-hour clock', '10/24/2017 01:05:00 PM', '2017-10-24T13:05:00.000Z'],
    ['ISO with Z', '2012-08-04T01:29:34.677Z', '2012-08-04T01:29:34.677Z'],
    ['ISO with offset', '2023-01-25T19:03:02+01:00', '2023-01-25T18:03:02.000Z'],
    ['ISO without zone', '2009-06-30T12:08:22', '2009-06-30T12:08:22.000Z'],
    ['ISO nanoseconds', '2023-08-24T01:10:00.123456789Z', '2023-08-24T01:10:00.123Z'],
    ['ISO truncated offset', '2003-12-31T10:14:55+00:0', '2003-12-31T10:14:55.000Z'],
    ['ISO with space', '2019-03-01 08:30:00', '2019-03-01T08:30:00.000Z'],
    ['date only', '2002-10-02', '2002-10-02T00:00:00.000Z'],
    ['Unix seconds', '1285942393', '2010-10-01T14:13:13.000Z'],
    ['impossible day', 'Sat, 31 Feb 2004 00:00:00 GMT', null],
    ['impossible ISO day', '2004-02-30T00:00:00Z', null],
    ['garbage', 'yesterday-ish', null],
    ['empty', '   ', null],
    ['unknown zone', 'Sun, 05 May 2013 17:15:11 XYZQ', null],
    ['year out of range', '1066-10-14T09:00:00Z', null],
  ])('%s: %s', (_label, input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it('gives null for a missing value', () => {
    expect(parseFeedDate(null)).toBeNull();
    expect(parseFeedDate(undefined)).toBeNull();
  });
});
