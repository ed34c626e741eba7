import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Logger,
  NotFoundException,
  Param,
  Query,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Clock } from '@dw/domain';
import {
  ApiErrors,
  ApiIdParam,
  ApiTokenGuard,
  IdParamPipe,
  InjectClock,
  SUBSCRIBER_STATES,
  SubscribersAdminRepository,
  SubscribersRepository,
  ZodPipe,
} from '@dw/platform';
import {
  SubscriberDetailDto,
  SubscriberPageDto,
  type SubscriberQueryInput,
  subscriberQuerySchema,
  subscriberView,
} from './subscribers.dto';

/** The subscribers, for the operator: who is subscribed to what, in which state; removal on request. */
@ApiTags('subscribers')
@ApiBearerAuth()
@UseGuards(ApiTokenGuard)
@ApiErrors(401)
@Controller('api/subscribers')
export class SubscribersController {
  private readonly logger = new Logger('SubscribersAdmin');

  constructor(
    @InjectClock() private readonly clock: Clock,
    private readonly admin: SubscribersAdminRepository,
    private readonly subscribers: SubscribersRepository,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Subscribers, oldest first: filter by state and track, search by address, paged by id',
  })
  @ApiQuery({ name: 'state', required: false, enum: SUBSCRIBER_STATES })
  @ApiQuery({
    name: 'track',
    required: false,
    example: 'kr-us',
    description: "Those who get this track's alerts (who named it, or named no track)",
  })
  @ApiQuery({
    name: 'q',
    required: false,
    example: 'example.org',
    description: 'Part of the address, any case',
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  })
  @ApiQuery({
    name: 'cursor',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 2_147_483_647 },
    description: 'nextCursor of the previous page',
  })
  @ApiOkResponse({ type: SubscriberPageDto })
  @ApiErrors(400)
  async list(
    @Query(new ZodPipe(subscriberQuerySchema)) query: SubscriberQueryInput,
  ): Promise<SubscriberPageDto> {
    const rows = await this.admin.list({
      ...(query.state ? { state: query.state } : {}),
      ...(query.track ? { track: query.track } : {}),
      ...(query.q ? { q: query.q } : {}),
      ...(query.cursor !== undefined ? { after: query.cursor } : {}),
      limit: query.limit + 1,
    });
    const items = rows.slice(0, query.limit).map(subscriberView);
    return { items, nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One subscriber, with their mail by delivery status' })
  @ApiIdParam('id')
  @ApiOkResponse({ type: SubscriberDetailDto })
  @ApiErrors(400, { 404: 'No subscriber with that id' })
  async get(@Param('id', IdParamPipe) id: number): Promise<SubscriberDetailDto> {
    const row = await this.subscribers.find(id);
    if (!row) throw new NotFoundException({ message: `No subscriber ${id}` });
    return { ...subscriberView(row), deliveries: await this.admin.deliveryCounts(id) };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a subscriber (on request, e.g. GDPR); mail not yet sent to them is dropped',
  })
  @ApiIdParam('id')
  @ApiNoContentResponse()
  @ApiErrors(400, { 404: 'No subscriber with that id' })
  async remove(@Param('id', IdParamPipe) id: number): Promise<void> {
    const result = await this.admin.remove(id, this.clock.now());
    if (!result.removed) throw new NotFoundException({ message: `No subscriber ${id}` });
    this.logger.log(
      { subscriberId: id, pendingMailSkipped: result.pendingMailSkipped },
      'subscriber deleted',
    );
  }
}
