import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  SIGNAL_TYPES,
  TRACK_PHASES,
  TRACK_STATUSES,
  type SignalType,
  type TrackPhase,
  type TrackStatus,
} from '@dw/domain';

/** OpenAPI schemas of the public track API (the shapes are the views in ../track-view/views.ts). */

/** Named apart from the webhook payload's EvidenceDto: OpenAPI schemas are keyed by class name, and here `url` may be null. */
export class TrackEvidenceDto {
  @ApiProperty({ example: 'https://news.example/000' }) articleId!: string;
  @ApiProperty({ example: 'White House says Korea, U.S. in "productive" talks ahead of tariff deadline' })
  title!: string;
  @ApiProperty({ nullable: true, type: String, example: 'https://news.example/articles/000' }) url!:
    string | null;
  @ApiProperty({ example: 'Yonhap' }) source!: string;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-26T00:00:00.000Z' }) publishedAt!:
    string | null;
  @ApiProperty({ enum: SIGNAL_TYPES, example: 'talks_held' }) signal!: SignalType;
  @ApiProperty({ example: 'Talks held' }) signalLabel!: string;
  @ApiProperty({ example: 'The White House said it "continues to have productive negotiations" with Korea.' })
  sentence!: string;
}

export class DeadlineDto {
  @ApiProperty({ example: '2025-08-01T04:01:00.000Z', description: 'ISO instant (UTC)' }) at!: string;
  @ApiProperty({ example: 'America/New_York', description: 'IANA zone the deadline is stated in' })
  timezone!: string;
  @ApiProperty({ example: '2025-08-01T00:01:00.000-04:00' }) localTime!: string;
  @ApiProperty({ example: 'Friday 1 August 2025, 00:01 EDT' }) display!: string;
}

export class MilestoneDto {
  @ApiProperty({ example: '24h' }) id!: string;
  @ApiProperty({ example: '24 hours' }) label!: string;
  @ApiProperty({ example: '2025-07-31T04:01:00.000Z' }) at!: string;
  @ApiProperty({ example: false }) passed!: boolean;
}

export class CountdownDto {
  @ApiProperty({ example: 273_600_000, description: 'Milliseconds left; negative once passed' })
  remainingMs!: number;
  @ApiProperty({ example: '3 days 4 hours' }) remaining!: string;
  @ApiProperty({ example: false }) passed!: boolean;
  @ApiProperty({ type: MilestoneDto, nullable: true }) nextMilestone!: MilestoneDto | null;
  @ApiProperty({
    enum: TRACK_STATUSES,
    nullable: true,
    example: null,
    description: 'Status at the deadline, once passed',
  })
  statusAtDeadline!: TrackStatus | null;
  @ApiProperty({ nullable: true, type: String, example: null }) statusAtDeadlineLabel!: string | null;
}

/** How a change stands (README "Status and its life"); null on changes recorded before it was kept. */
export class FootingDto {
  @ApiProperty({ enum: TRACK_PHASES, nullable: true, example: 'framework_deal' }) phase!: TrackPhase | null;
  @ApiProperty({ type: Boolean, nullable: true, example: true, description: 'false: not yet confirmed' })
  confirmed!: boolean | null;
  @ApiProperty({ type: Number, nullable: true, example: 4, description: 'Independent outlets behind it' })
  outlets!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Id of the unconfirmed event this confirms' })
  confirms!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Id of the unconfirmed event this withdraws' })
  withdraws!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Reported by 4 outlets.' }) footing!: string | null;
}

export class StatusChangeDto extends FootingDto {
  @ApiProperty({ example: 'status.changed:kr-us:2025-07-26T03:00:00.000Z' }) eventId!: string;
  @ApiProperty({ enum: TRACK_STATUSES, nullable: true, example: 'unknown' }) from!: TrackStatus | null;
  @ApiProperty({ nullable: true, type: String, example: 'Unknown' }) fromLabel!: string | null;
  @ApiProperty({ enum: TRACK_STATUSES, example: 'negotiating' }) to!: TrackStatus;
  @ApiProperty({ example: 'Negotiating' }) toLabel!: string;
  @ApiProperty({ example: '2025-07-26T03:00:00.000Z' }) at!: string;
  @ApiProperty({ type: [TrackEvidenceDto] }) evidence!: TrackEvidenceDto[];
}

export class DeadlineMoveDto extends FootingDto {
  @ApiProperty({ example: 'deadline.changed:kr-us:2025-08-01T04:01:00.000Z' }) eventId!: string;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-09T04:01:00.000Z' }) from!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Wednesday 9 July 2025, 00:01 EDT' })
  fromDisplay!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2025-08-01T04:01:00.000Z',
    description: 'null: an editor cleared the deadline',
  })
  to!: string | null;
  @ApiProperty({ example: 'Friday 1 August 2025, 00:01 EDT' }) toDisplay!: string;
  @ApiProperty({ example: '2025-07-08T12:00:00.000Z' }) at!: string;
  @ApiProperty({ type: [TrackEvidenceDto] }) evidence!: TrackEvidenceDto[];
}

export class ArticleSignalDto {
  @ApiProperty({ enum: SIGNAL_TYPES, example: 'talks_held' }) type!: SignalType;
  @ApiProperty({ example: 'Talks held' }) label!: string;
  @ApiProperty({ example: 0.82, minimum: 0, maximum: 1 }) confidence!: number;
  @ApiProperty({ example: 'Talks with Lutnick continued on Friday.' }) evidence!: string;
}

export class ArticleDto {
  @ApiProperty({ example: 'https://news.example/000' }) id!: string;
  @ApiProperty({ example: 'White House says Korea, U.S. in "productive" talks' }) title!: string;
  @ApiProperty({ nullable: true, type: String, example: 'https://news.example/000' }) url!: string | null;
  @ApiProperty({ example: 'Yonhap' }) source!: string;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-26T00:00:00.000Z' }) publishedAt!:
    string | null;
  @ApiProperty({ type: [ArticleSignalDto] }) signals!: ArticleSignalDto[];
  @ApiProperty({ nullable: true, type: String, example: '2025-08-01' }) deadline!: string | null;
  @ApiProperty({ type: [Number], example: [25] }) tariffRates!: number[];
}

export class TalkDto {
  @ApiProperty({ example: 'Trade ministers will meet in Washington on Thursday.' }) title!: string;
  @ApiProperty({ example: '2025-07-31', description: 'Day the talks are scheduled for' }) date!: string;
  @ApiProperty({ example: 'https://news.example/001' }) articleId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'https://news.example/001' }) url!: string | null;
  @ApiProperty({ example: 'Yonhap' }) source!: string;
}

export class OfficialDto {
  @ApiProperty({ example: 'Maroš Šefčovič' }) name!: string;
  @ApiPropertyOptional({ example: 'EU Trade Commissioner' }) role?: string;
  @ApiPropertyOptional({ type: [String], example: ['Sefcovic'] }) aliases?: string[];
}

export class PartyDto {
  @ApiProperty({ example: 'United Kingdom', maxLength: 120 }) name!: string;
  @ApiPropertyOptional({ type: [String], example: ['UK', 'Britain', 'British', 'London'] })
  aliases?: string[];
  @ApiPropertyOptional({
    type: 'array',
    items: { oneOf: [{ type: 'string' }, { $ref: getSchemaPath(OfficialDto) }] },
    example: ['Keir Starmer', { name: 'Jonathan Reynolds', role: 'Business and Trade Secretary' }],
  })
  officials?: (string | OfficialDto)[];
  @ApiPropertyOptional({ type: [String], example: ['Department for Business and Trade'] })
  agencies?: string[];
  @ApiPropertyOptional({
    type: [String],
    description: 'Phrases that contain a party word but name something else',
  })
  notWhen?: string[];
}

export class TrackDeadlineInputDto {
  @ApiProperty({ example: '2026-03-01T00:00:00Z', description: 'ISO date-time with an offset' }) at!: string;
  @ApiProperty({ example: 'Europe/London', description: 'IANA zone the deadline is stated in' })
  timezone!: string;
}

export class TrackFeedInputDto {
  @ApiProperty({ example: 'https://feeds.example.com/trade.xml' }) url!: string;
  @ApiPropertyOptional({ example: 'Example Times' }) source?: string;
}

export class CreateTrackDto {
  @ApiProperty({
    example: 'uk-eu',
    pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+){1,3}$',
    maxLength: 40,
    description: 'Lowercase letters and digits joined by dashes',
  })
  id!: string;
  @ApiProperty({ example: 'United Kingdom – European Union trade talks', maxLength: 200 }) name!: string;
  @ApiProperty({
    type: [PartyDto],
    minItems: 2,
    maxItems: 2,
    description: 'The partner, then its counterpart',
  })
  parties!: PartyDto[];
  @ApiPropertyOptional({
    type: [String],
    description:
      "Words that identify the negotiation; absent: the partner's name, aliases, officials and agencies",
  })
  keywords?: string[];
  @ApiPropertyOptional({ type: TrackDeadlineInputDto, nullable: true })
  deadline?: TrackDeadlineInputDto | null;
  @ApiPropertyOptional({
    type: [TrackFeedInputDto],
    description: 'Polled at once, then on the track cadence',
  })
  feeds?: TrackFeedInputDto[];
}

export class UpdateTrackDto {
  @ApiPropertyOptional({ maxLength: 200 }) name?: string;
  @ApiPropertyOptional({ type: [PartyDto], minItems: 2, maxItems: 2 }) parties?: PartyDto[];
  @ApiPropertyOptional({ type: [String] }) keywords?: string[];
  @ApiPropertyOptional({
    type: TrackDeadlineInputDto,
    nullable: true,
    description:
      'Moves the deadline, or clears it with null: recorded as a deadline.changed event with the operator as its evidence; countdowns re-plan (or stop)',
  })
  deadline?: TrackDeadlineInputDto | null;
  @ApiPropertyOptional({ type: [TrackFeedInputDto], description: "Replaces the track's feeds" })
  feeds?: TrackFeedInputDto[];
}

export class TrackDefinitionDto {
  @ApiProperty({ type: [PartyDto] }) parties!: PartyDto[];
  @ApiProperty({ type: [String], example: ['South Korea', 'Seoul'] }) keywords!: string[];
  @ApiProperty({ enum: ['config', 'api'], example: 'config' }) origin!: string;
}

export class PendingChangeDto {
  @ApiProperty({ enum: TRACK_PHASES, example: 'framework_deal' }) phase!: TrackPhase;
  @ApiProperty({ example: 'Deal reached (framework)' }) phaseLabel!: string;
  @ApiProperty({ example: '2025-07-30T01:30:00.000Z' }) since!: string;
  @ApiProperty() eventId!: string;
}

export class PendingDeadlineDto {
  @ApiProperty({ example: '2025-08-01T04:01:00.000Z' }) to!: string;
  @ApiProperty({ example: '2025-07-08T03:01:00.000Z' }) since!: string;
  @ApiProperty() eventId!: string;
}

export class TrackSummaryDto {
  @ApiProperty({ example: 'kr-us' }) id!: string;
  @ApiProperty({ example: 'South Korea – United States tariff negotiations' }) name!: string;
  @ApiProperty({ type: [String], example: ['South Korea', 'United States'] }) parties!: string[];
  @ApiProperty({ type: TrackDefinitionDto }) definition!: TrackDefinitionDto;
  @ApiProperty({ enum: TRACK_STATUSES, example: 'negotiating' }) status!: TrackStatus;
  @ApiProperty({ example: 'Negotiating' }) statusLabel!: string;
  @ApiProperty({ enum: TRACK_PHASES, example: 'negotiating' }) phase!: TrackPhase;
  @ApiProperty({ example: 'Negotiating' }) phaseLabel!: string;
  @ApiProperty({ type: PendingChangeDto, nullable: true }) pending!: PendingChangeDto | null;
  @ApiProperty({ type: PendingDeadlineDto, nullable: true }) pendingDeadline!: PendingDeadlineDto | null;
  @ApiProperty({ enum: ['held', 'not_binding'], nullable: true, example: null }) countdownHold!:
    'held' | 'not_binding' | null;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-26T03:00:00.000Z' }) statusSince!:
    string | null;
  @ApiProperty({ type: DeadlineDto, nullable: true }) deadline!: DeadlineDto | null;
  @ApiProperty({ type: CountdownDto, nullable: true }) countdown!: CountdownDto | null;
  @ApiProperty({ type: [MilestoneDto] }) milestones!: MilestoneDto[];
  @ApiProperty({ example: '2025-07-26T03:00:00.000Z' }) updatedAt!: string;
}

export class SourcesDto {
  @ApiProperty({ example: 6, description: 'Feeds watched for this track' }) watching!: number;
  @ApiProperty({ example: 5, description: 'Polled, and the last poll worked' }) healthy!: number;
  @ApiProperty({ example: 1, description: 'The last poll failed' }) failing!: number;
  @ApiProperty({ example: 0, description: 'source.silent stands' }) silent!: number;
  @ApiProperty({ example: 0, description: 'Not polled yet' }) waiting!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastPolledAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) nextPollAt!: string | null;
  @ApiProperty({ example: false, description: 'Every feed polled and failing: most likely no network' })
  unreachable!: boolean;
  @ApiProperty({ type: String, nullable: true, example: null }) lastError!: string | null;
}

export class FactSourceDto {
  @ApiProperty({ example: 'https://news.example/014' }) articleId!: string;
  @ApiProperty({ example: 'Korea, US agree on 15% tariff and $350 billion investment' }) title!: string;
  @ApiProperty({ nullable: true, type: String, example: 'https://news.example/014' }) url!: string | null;
  @ApiProperty({ example: 'Yonhap' }) source!: string;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-31T02:00:00.000Z' }) publishedAt!:
    string | null;
}

class FactDto {
  @ApiProperty({ type: FactSourceDto, description: 'The newest article that states it' })
  article!: FactSourceDto;
  @ApiProperty({
    example: 3,
    description: 'Independent stories among the recent articles that state it (syndicated copies count once)',
  })
  stories!: number;
}

export class RateFactDto extends FactDto {
  @ApiProperty({ example: 15 }) percent!: number;
  @ApiProperty({ example: '15%' }) label!: string;
}

export class InvestmentFactDto extends FactDto {
  @ApiProperty({ example: 350_000_000_000 }) usd!: number;
  @ApiProperty({ example: '$350 billion' }) label!: string;
}

export class SectorFactDto extends FactDto {
  @ApiProperty({ example: 'shipbuilding' }) sector!: string;
  @ApiProperty({ example: 'Shipbuilding' }) label!: string;
}

export class OfficialFactDto extends FactDto {
  @ApiProperty({ example: 'Yeo Han-koo' }) name!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Trade Minister' }) role!: string | null;
  @ApiProperty({ example: 'Yeo Han-koo (Trade Minister)' }) label!: string;
}

export class TrackFactsDto {
  @ApiProperty({ type: [RateFactDto], description: 'Tariff rates stated for the track, newest first' })
  tariffRates!: RateFactDto[];
  @ApiProperty({ type: [InvestmentFactDto], description: 'Investment pledges in US dollars' })
  investments!: InvestmentFactDto[];
  @ApiProperty({ type: [SectorFactDto] }) sectors!: SectorFactDto[];
  @ApiProperty({ type: [OfficialFactDto] }) officials!: OfficialFactDto[];
  @ApiProperty({ example: 42, description: 'Recent relevant articles read for these facts' })
  fromArticles!: number;
}

export class TrackDetailDto extends TrackSummaryDto {
  @ApiProperty({ type: SourcesDto }) sources!: SourcesDto;
  @ApiProperty({
    type: TrackFactsDto,
    description:
      "What the classifier read in the track's recent articles (rates, pledges, sectors, officials), each fact once with the article it came from",
    example: {
      tariffRates: [
        {
          percent: 15,
          label: '15%',
          stories: 3,
          article: {
            articleId: 'https://news.example/014',
            title: 'Korea, US agree on 15% tariff and $350 billion investment',
            url: 'https://news.example/014',
            source: 'Yonhap',
            publishedAt: '2025-07-31T02:00:00.000Z',
          },
        },
      ],
      investments: [
        {
          usd: 350_000_000_000,
          label: '$350 billion',
          stories: 2,
          article: {
            articleId: 'https://news.example/014',
            title: 'Korea, US agree on 15% tariff and $350 billion investment',
            url: 'https://news.example/014',
            source: 'Yonhap',
            publishedAt: '2025-07-31T02:00:00.000Z',
          },
        },
      ],
      sectors: [],
      officials: [],
      fromArticles: 42,
    },
  })
  facts!: TrackFactsDto;
  @ApiProperty({ type: [DeadlineMoveDto], description: 'Deadline moves, oldest first' })
  deadlineHistory!: DeadlineMoveDto[];
  @ApiProperty({ type: [StatusChangeDto], description: 'Status changes with evidence, oldest first' })
  statusHistory!: StatusChangeDto[];
  @ApiProperty({ type: [ArticleDto], description: 'Latest classified relevant articles, newest first' })
  latestArticles!: ArticleDto[];
  @ApiProperty({ type: [TalkDto] }) talks!: TalkDto[];
}

export class StatusTimelineEntryDto extends StatusChangeDto {
  @ApiProperty({ enum: ['status'], example: 'status' }) kind!: 'status';
}

export class DeadlineTimelineEntryDto extends DeadlineMoveDto {
  @ApiProperty({ enum: ['deadline'], example: 'deadline' }) kind!: 'deadline';
}

export class TimelineDto {
  @ApiProperty({ example: 'kr-us' }) trackId!: string;
  @ApiProperty({
    description: 'Status changes and deadline moves, newest first',
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(StatusTimelineEntryDto) },
        { $ref: getSchemaPath(DeadlineTimelineEntryDto) },
      ],
      discriminator: { propertyName: 'kind' },
    },
  })
  entries!: (StatusTimelineEntryDto | DeadlineTimelineEntryDto)[];
}
