import { ApiProperty } from '@nestjs/swagger';

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
