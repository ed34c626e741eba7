import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toErrorBody } from './error-body';

/**
 * Every error of every route leaves in one shape. Client errors are the client's business: logged at
 * info (no stack); only server errors are logged as errors, with the cause. The query string is left
 * out of the log because confirmation and unsubscribe links carry tokens there.
 */
@Catch()
export class ErrorBodyFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      const cause = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(`${req.method} ${req.path} failed (500): ${cause.message}`, cause.stack);
    } else {
      this.logger.log({
        msg: `${req.method} ${req.path} refused: ${body.message}`,
        method: req.method,
        path: req.path,
        statusCode: body.statusCode,
      });
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(body.statusCode).json(body);
  }
}
