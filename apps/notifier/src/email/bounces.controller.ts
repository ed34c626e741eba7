import {
  BadRequestException,
  Controller,
  HttpCode,
  PayloadTooLargeException,
  Post,
  Req,
  UnsupportedMediaTypeException,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiErrors, BodyError, readRawBody } from '@dw/platform';
import { ApiTokenGuard } from '@dw/platform/http/api-token.guard';
import { BounceService, NotADsnError } from './bounces';

/** A bounce report is a short message plus the quoted original; anything bigger is not one. */
const MAX_BOUNCE_BYTES = 1024 * 1024;
const WRONG_TYPE = 'send the report as it was received, as message/rfc822 or multipart/report';

@ApiTags('bounces')
@ApiBearerAuth()
@ApiErrors(401)
@UseGuards(ApiTokenGuard)
@Controller('api/bounces')
export class BouncesController {
  constructor(private readonly bounces: BounceService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A delivery status notification (RFC 3464) as received at BOUNCE_ADDRESS, raw: permanent failures mark the address bounced',
  })
  @ApiConsumes('message/rfc822')
  @ApiBody({
    schema: { type: 'string', format: 'binary' },
    examples: {
      dsn: {
        summary: 'A DSN saying a mailbox does not exist',
        value:
          'From: MAILER-DAEMON@mx.example.org\r\nTo: bounces@localhost\r\nSubject: Undelivered Mail\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; gone@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n',
      },
    },
  })
  @ApiResponse({ status: 200, description: '{reports, bounced: [address], ignored: [{recipient, reason}]}' })
  @ApiErrors({ 400: 'not a delivery status notification' }, 413, 415)
  async ingest(@Req() req: Request): Promise<unknown> {
    let raw: Buffer;
    try {
      raw = await readRawBody(req, { maxBytes: MAX_BOUNCE_BYTES, wrongTypeMessage: WRONG_TYPE });
    } catch (error) {
      if (error instanceof BodyError && error.status === 413)
        throw new PayloadTooLargeException(error.message);
      if (error instanceof BodyError) throw new UnsupportedMediaTypeException(error.message);
      throw error;
    }
    try {
      return await this.bounces.ingest(raw);
    } catch (error) {
      if (error instanceof NotADsnError) throw new BadRequestException(error.message);
      throw error;
    }
  }
}
