import { classifySmtpFailure, PermanentMailError, TemporaryMailError } from './smtp-failures';

const failure = (fields: Record<string, unknown>) =>
  classifySmtpFailure(Object.assign(new Error(String(fields.message)), fields));

describe('classifySmtpFailure', () => {
  it.each([
    [{ responseCode: 550, code: 'EENVELOPE', command: 'RCPT TO', message: 'No such user' }, true],
    [{ responseCode: 553, code: 'EMESSAGE', command: 'DATA', message: 'mailbox name not allowed' }, true],
    [{ responseCode: 554, code: 'EMESSAGE', command: 'DATA', message: 'content refused' }, false],
    [{ responseCode: 552, code: 'EMESSAGE', command: 'DATA', message: 'too big' }, false],
  ])('%j is permanent, refuses the recipient=%p', (error, recipient) => {
    const result = failure(error);
    expect(result).toBeInstanceOf(PermanentMailError);
    expect((result as PermanentMailError).recipientRefused).toBe(recipient);
    expect(result.message).toContain(String(error.responseCode));
  });

  it.each([
    // A reply says for sure that the message was not taken.
    [{ responseCode: 451, code: 'EENVELOPE', command: 'RCPT TO', message: 'try later' }, false],
    [{ responseCode: 421, code: 'ECONNECTION', message: 'closing' }, false],
    [{ responseCode: 535, code: 'EAUTH', command: 'AUTH PLAIN', message: 'bad credentials' }, false],
    // No session ever began.
    [{ code: 'ESOCKET', command: 'CONN', syscall: 'connect', message: 'connect ECONNREFUSED' }, false],
    [{ code: 'ETIMEDOUT', command: 'CONN', message: 'Greeting never received' }, false],
    [{ code: 'EDNS', command: 'CONN', message: 'getaddrinfo ENOTFOUND smtp.example' }, false],
    // The session was under way and went silent or died: the message may have been taken.
    [{ code: 'ETIMEDOUT', command: 'CONN', message: 'Timeout' }, true],
    [{ code: 'ESOCKET', command: 'CONN', syscall: 'read', message: 'read ECONNRESET' }, true],
    [{ message: 'Reached maximum number of retries after connection was closed' }, true],
  ])('%j is temporary (retried), outcome unknown=%p', (error, unknown) => {
    const result = failure(error);
    expect(result).toBeInstanceOf(TemporaryMailError);
    expect((result as TemporaryMailError).outcomeUnknown).toBe(unknown);
  });
});
