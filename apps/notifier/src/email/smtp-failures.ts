/** A failure the sender should not retry (the address or the message is refused for good). */
export class PermanentMailError extends Error {
  constructor(
    message: string,
    /** The server refused the recipient (e.g. 550 at RCPT TO), not just this message. */
    readonly recipientRefused: boolean,
  ) {
    super(message);
  }
}

/** A failure worth retrying with backoff: a 4xx, a refused or silent connection, a timeout. */
export class TemporaryMailError extends Error {
  constructor(
    message: string,
    /**
     * The message may have been accepted: the connection was lost or timed out after the session
     * began, with no reply to say either way. A resend of it is counted as one of unknown outcome.
     */
    readonly outcomeUnknown: boolean,
  ) {
    super(message);
  }
}

interface SmtpFailure {
  responseCode?: number;
  code?: string;
  command?: string;
  message?: string;
  /** Node's system call behind a socket error: 'connect' means no session ever began. */
  syscall?: string;
}

const MAILBOX_CODES = new Set([550, 551, 553]);

/**
 * Failures that happen before any message is handed over, so nothing can have been delivered.
 * nodemailer labels every socket error ESOCKET/CONN whatever the stage, so the stage is read from
 * Node's syscall and from nodemailer's connect-stage messages.
 */
const BEFORE_THE_MESSAGE_CODES = new Set(['EDNS', 'ETLS', 'EAUTH', 'ECONNREFUSED', 'ENOTFOUND']);
const BEFORE_THE_MESSAGE_TEXT = /ECONNREFUSED|ENOTFOUND|Greeting never received|Connection timeout/;

/**
 * 5xx is permanent, except a refused login (a setting to fix, not an address to drop); it marks
 * the address only when the recipient itself was refused. 4xx and network errors are temporary;
 * a lost connection or timeout after the connection was made leaves the outcome unknown.
 */
export function classifySmtpFailure(error: unknown): PermanentMailError | TemporaryMailError {
  if (error instanceof PermanentMailError || error instanceof TemporaryMailError) return error;
  const smtp = (error ?? {}) as SmtpFailure;
  const message = smtp.message ?? String(error);
  const code = smtp.responseCode;
  if (code && code >= 500 && code < 600 && smtp.code !== 'EAUTH') {
    const recipient = smtp.command === 'RCPT TO' || smtp.code === 'EENVELOPE' || MAILBOX_CODES.has(code);
    return new PermanentMailError(`${code} ${message}`, recipient);
  }
  if (code) return new TemporaryMailError(`${code} ${message}`, false);
  const beforeMessage =
    smtp.syscall === 'connect' ||
    smtp.syscall === 'getaddrinfo' ||
    BEFORE_THE_MESSAGE_CODES.has(smtp.code ?? '') ||
    BEFORE_THE_MESSAGE_TEXT.test(message);
  return new TemporaryMailError([smtp.code, smtp.command, message].filter(Boolean).join(' '), !beforeMessage);
}
