export { worklistEntities } from './lib/entities';
export { WorklistCoreModule, WorklistModule } from './lib/worklist.module';
export { WorkItemsService, type CaseWork, type CallbackWork, type FollowUpWork } from './lib/work-items.service';
export { nextCaseDue, type CaseClockFacts } from './lib/domain/next-due';
export { WorkItemDto, WorklistPageDto, WorklistCountsDto } from './lib/worklist.dto';
export { WORKLIST_SCOPES, WORK_ITEM_KINDS, type WorkItemKind, type WorklistScope, type DueTarget } from './lib/domain/work-item';
