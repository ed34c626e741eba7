/** OpenAPI schemas of the public track API (the shapes are the views in ../track-view/views.ts). */

export {
  TrackEvidenceDto,
  FootingDto,
  StatusChangeDto,
  DeadlineMoveDto,
  StatusTimelineEntryDto,
  DeadlineTimelineEntryDto,
  TimelineDto,
} from './track-history.dto';
export {
  OfficialDto,
  PartyDto,
  TrackDeadlineInputDto,
  TrackFeedInputDto,
  CreateTrackDto,
  UpdateTrackDto,
} from './track-input.dto';
export {
  DeadlineDto,
  MilestoneDto,
  CountdownDto,
  TrackDefinitionDto,
  PendingChangeDto,
  PendingDeadlineDto,
  TrackSummaryDto,
} from './track-summary.dto';
export {
  FactSourceDto,
  RateFactDto,
  InvestmentFactDto,
  SectorFactDto,
  OfficialFactDto,
  TrackFactsDto,
} from './track-facts.dto';
export { ArticleSignalDto, ArticleDto, TalkDto, SourcesDto, TrackDetailDto } from './track-detail.dto';
