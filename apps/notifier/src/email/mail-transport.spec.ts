import { classifySmtpFailure } from './mail-transport';

describe('classifySmtpFailure', () => {
  it.each([
    [{ responseCode: 550, code: 'EENVELOPE', command: 'RCPT TO', message: 'No such user' }, true, true],
    [
      { responseCode: 553, code: 'EMESSAGE', command: 'DATA', message: 'mailbox name not allowed' },
      true,
      true,
    ],
    [{ responseCode: 554, code: 'EMESSAGE', command: 'DATA', message: 'content refused' }, true, false],
    [{ responseCode: 552, code: 'EMESSAGE', command: 'DATA', message: 'too big' }, true, false],
  ])('%j is permanent=%p, refuses the recipient=%p', (error, permanent, recipient) => {
    const result = classifySmtpFailure(Object.assign(new Error(error.message), error));
    expect(result !== null).toBe(permanent);
    expect(result?.recipientRefused).toBe(recipient);
    expect(result?.message).toContain(String(error.responseCode));
  });

  it.each([
    [{ responseCode: 451, code: 'EENVELOPE', command: 'RCPT TO', message: 'try later' }],
    [{ responseCode: 421, code: 'ECONNECTION', message: 'closing' }],
    [{ responseCode: 535, code: 'EAUTH', command: 'AUTH PLAIN', message: 'bad credentials' }],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }],
  ])('%j is temporary (retried)', (error) => {
    expect(classifySmtpFailure(Object.assign(new Error(error.message), error))).toBeNull();
  });
});
