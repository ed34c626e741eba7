import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

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
