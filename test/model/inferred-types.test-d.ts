import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import type * as model from "../../src/index.js";
import {
  Actor,
  ActorParticipant,
  Alias,
  Article,
  Attribution,
  CountedGroup,
  Delegation,
  DelegationMember,
  DelegationParticipant,
  Duration,
  EvidenceSpan,
  ExternalIds,
  Furniture,
  GroupCount,
  GroupRelation,
  Happening,
  HappeningParticipant,
  Inference,
  Issue,
  Meeting,
  MeetingOutcome,
  MeetingParticipant,
  MeetingPurpose,
  NativeName,
  NewsDocument,
  Organization,
  Person,
  Place,
  Position,
  PositionAction,
  Post,
  ResolvedInterval,
  Round,
  State,
  TalkSeries,
  TimeChoice,
  TimeExpression,
  TimePoint,
  TimeSpan,
  TimeValue,
  UnnamedSource,
  type NamedObject,
  type NamedSchema,
  type ActorInput,
  type ActorParticipantInput,
  type AliasInput,
  type ArticleInput,
  type AttributionInput,
  type CountedGroupInput,
  type DelegationInput,
  type DelegationMemberInput,
  type DelegationParticipantInput,
  type DurationInput,
  type EvidenceSpanInput,
  type ExternalIdsInput,
  type FurnitureInput,
  type GroupCountInput,
  type GroupRelationInput,
  type HappeningInput,
  type HappeningParticipantInput,
  type InferenceInput,
  type IssueInput,
  type MeetingInput,
  type MeetingOutcomeInput,
  type MeetingParticipantInput,
  type MeetingPurposeInput,
  type NativeNameInput,
  type OrganizationInput,
  type PersonInput,
  type PlaceInput,
  type PositionActionInput,
  type PositionInput,
  type PostInput,
  type ResolvedIntervalInput,
  type RoundInput,
  type StateInput,
  type TalkSeriesInput,
  type TimeChoiceInput,
  type TimeExpressionInput,
  type TimePointInput,
  type TimeSpanInput,
  type TimeValueInput,
  type UnnamedSourceInput,
  type NewsDocumentInput,
} from "../../src/index.js";

/**
 * A type with its properties listed flat, modifiers kept: `Fact & { id: MeetingId }` and
 * `{ evidenceIds: …; id: MeetingId }` flatten alike, while a field that differs in type,
 * optionality or readonly-ness still fails the comparison.
 */
type Flat<Type> = { [Key in keyof Type]: Type[Key] };
/** What zod infers from a strict object of the schema's own shape, built afresh. */
type Fresh<Schema extends z.ZodObject> = z.infer<z.ZodObject<Schema["shape"], z.core.$strict>>;
/** What zod infers as the input of a strict object of the schema's own shape, built afresh. */
type FreshInput<Schema extends z.ZodObject> = z.input<z.ZodObject<Schema["shape"], z.core.$strict>>;

describe("the named types of the model", () => {
  it("are exactly what zod infers from each object schema", () => {
    expectTypeOf<Fresh<typeof Alias>>().toEqualTypeOf<Flat<Alias>>();
    expectTypeOf<Fresh<typeof ExternalIds>>().toEqualTypeOf<Flat<ExternalIds>>();
    expectTypeOf<Fresh<typeof NativeName>>().toEqualTypeOf<Flat<NativeName>>();
    expectTypeOf<Fresh<typeof Person>>().toEqualTypeOf<Flat<Person>>();
    expectTypeOf<Fresh<typeof State>>().toEqualTypeOf<Flat<State>>();
    expectTypeOf<Fresh<typeof Organization>>().toEqualTypeOf<Flat<Organization>>();
    expectTypeOf<Fresh<typeof GroupCount>>().toEqualTypeOf<Flat<GroupCount>>();
    expectTypeOf<Fresh<typeof GroupRelation>>().toEqualTypeOf<Flat<GroupRelation>>();
    expectTypeOf<Fresh<typeof CountedGroup>>().toEqualTypeOf<Flat<CountedGroup>>();
    expectTypeOf<Fresh<typeof UnnamedSource>>().toEqualTypeOf<Flat<UnnamedSource>>();
    expectTypeOf<Fresh<typeof Furniture>>().toEqualTypeOf<Flat<Furniture>>();
    expectTypeOf<Fresh<typeof Article>>().toEqualTypeOf<Flat<Article>>();
    expectTypeOf<Fresh<typeof Attribution>>().toEqualTypeOf<Flat<Attribution>>();
    expectTypeOf<Fresh<typeof DelegationMember>>().toEqualTypeOf<Flat<DelegationMember>>();
    expectTypeOf<Fresh<typeof Delegation>>().toEqualTypeOf<Flat<Delegation>>();
    expectTypeOf<Fresh<typeof EvidenceSpan>>().toEqualTypeOf<Flat<EvidenceSpan>>();
    expectTypeOf<Fresh<typeof HappeningParticipant>>().toEqualTypeOf<Flat<HappeningParticipant>>();
    expectTypeOf<Fresh<typeof Happening>>().toEqualTypeOf<Flat<Happening>>();
    expectTypeOf<Fresh<typeof Inference>>().toEqualTypeOf<Flat<Inference>>();
    expectTypeOf<Fresh<typeof Issue>>().toEqualTypeOf<Flat<Issue>>();
    expectTypeOf<Fresh<typeof Round>>().toEqualTypeOf<Flat<Round>>();
    expectTypeOf<Fresh<typeof Place>>().toEqualTypeOf<Flat<Place>>();
    expectTypeOf<Fresh<typeof DelegationParticipant>>().toEqualTypeOf<Flat<DelegationParticipant>>();
    expectTypeOf<Fresh<typeof ActorParticipant>>().toEqualTypeOf<Flat<ActorParticipant>>();
    expectTypeOf<Fresh<typeof MeetingPurpose>>().toEqualTypeOf<Flat<MeetingPurpose>>();
    expectTypeOf<Fresh<typeof MeetingOutcome>>().toEqualTypeOf<Flat<MeetingOutcome>>();
    expectTypeOf<Fresh<typeof Meeting>>().toEqualTypeOf<Flat<Meeting>>();
    expectTypeOf<Fresh<typeof PositionAction>>().toEqualTypeOf<Flat<PositionAction>>();
    expectTypeOf<Fresh<typeof Position>>().toEqualTypeOf<Flat<Position>>();
    expectTypeOf<Fresh<typeof Post>>().toEqualTypeOf<Flat<Post>>();
    expectTypeOf<Fresh<typeof TalkSeries>>().toEqualTypeOf<Flat<TalkSeries>>();
    expectTypeOf<Fresh<typeof TimeValue>>().toEqualTypeOf<Flat<TimeValue>>();
    expectTypeOf<Fresh<typeof Duration>>().toEqualTypeOf<Flat<Duration>>();
    expectTypeOf<Fresh<typeof ResolvedInterval>>().toEqualTypeOf<Flat<ResolvedInterval>>();
    expectTypeOf<Fresh<typeof TimePoint>>().toEqualTypeOf<Flat<TimePoint>>();
    expectTypeOf<Fresh<typeof TimeChoice>>().toEqualTypeOf<Flat<TimeChoice>>();
    expectTypeOf<Fresh<typeof TimeSpan>>().toEqualTypeOf<Flat<TimeSpan>>();
    expectTypeOf<Fresh<typeof NewsDocument>>().toEqualTypeOf<Flat<NewsDocument>>();
  });

  it("accept exactly what zod infers as each object schema's input", () => {
    expectTypeOf<FreshInput<typeof Alias>>().toEqualTypeOf<Flat<AliasInput>>();
    expectTypeOf<FreshInput<typeof ExternalIds>>().toEqualTypeOf<Flat<ExternalIdsInput>>();
    expectTypeOf<FreshInput<typeof NativeName>>().toEqualTypeOf<Flat<NativeNameInput>>();
    expectTypeOf<FreshInput<typeof Person>>().toEqualTypeOf<Flat<PersonInput>>();
    expectTypeOf<FreshInput<typeof State>>().toEqualTypeOf<Flat<StateInput>>();
    expectTypeOf<FreshInput<typeof Organization>>().toEqualTypeOf<Flat<OrganizationInput>>();
    expectTypeOf<FreshInput<typeof GroupCount>>().toEqualTypeOf<Flat<GroupCountInput>>();
    expectTypeOf<FreshInput<typeof GroupRelation>>().toEqualTypeOf<Flat<GroupRelationInput>>();
    expectTypeOf<FreshInput<typeof CountedGroup>>().toEqualTypeOf<Flat<CountedGroupInput>>();
    expectTypeOf<FreshInput<typeof UnnamedSource>>().toEqualTypeOf<Flat<UnnamedSourceInput>>();
    expectTypeOf<FreshInput<typeof Furniture>>().toEqualTypeOf<Flat<FurnitureInput>>();
    expectTypeOf<FreshInput<typeof Article>>().toEqualTypeOf<Flat<ArticleInput>>();
    expectTypeOf<FreshInput<typeof Attribution>>().toEqualTypeOf<Flat<AttributionInput>>();
    expectTypeOf<FreshInput<typeof DelegationMember>>().toEqualTypeOf<Flat<DelegationMemberInput>>();
    expectTypeOf<FreshInput<typeof Delegation>>().toEqualTypeOf<Flat<DelegationInput>>();
    expectTypeOf<FreshInput<typeof EvidenceSpan>>().toEqualTypeOf<Flat<EvidenceSpanInput>>();
    expectTypeOf<FreshInput<typeof HappeningParticipant>>().toEqualTypeOf<Flat<HappeningParticipantInput>>();
    expectTypeOf<FreshInput<typeof Happening>>().toEqualTypeOf<Flat<HappeningInput>>();
    expectTypeOf<FreshInput<typeof Inference>>().toEqualTypeOf<Flat<InferenceInput>>();
    expectTypeOf<FreshInput<typeof Issue>>().toEqualTypeOf<Flat<IssueInput>>();
    expectTypeOf<FreshInput<typeof Round>>().toEqualTypeOf<Flat<RoundInput>>();
    expectTypeOf<FreshInput<typeof Place>>().toEqualTypeOf<Flat<PlaceInput>>();
    expectTypeOf<FreshInput<typeof DelegationParticipant>>().toEqualTypeOf<Flat<DelegationParticipantInput>>();
    expectTypeOf<FreshInput<typeof ActorParticipant>>().toEqualTypeOf<Flat<ActorParticipantInput>>();
    expectTypeOf<FreshInput<typeof MeetingPurpose>>().toEqualTypeOf<Flat<MeetingPurposeInput>>();
    expectTypeOf<FreshInput<typeof MeetingOutcome>>().toEqualTypeOf<Flat<MeetingOutcomeInput>>();
    expectTypeOf<FreshInput<typeof Meeting>>().toEqualTypeOf<Flat<MeetingInput>>();
    expectTypeOf<FreshInput<typeof PositionAction>>().toEqualTypeOf<Flat<PositionActionInput>>();
    expectTypeOf<FreshInput<typeof Position>>().toEqualTypeOf<Flat<PositionInput>>();
    expectTypeOf<FreshInput<typeof Post>>().toEqualTypeOf<Flat<PostInput>>();
    expectTypeOf<FreshInput<typeof TalkSeries>>().toEqualTypeOf<Flat<TalkSeriesInput>>();
    expectTypeOf<FreshInput<typeof TimeValue>>().toEqualTypeOf<Flat<TimeValueInput>>();
    expectTypeOf<FreshInput<typeof Duration>>().toEqualTypeOf<Flat<DurationInput>>();
    expectTypeOf<FreshInput<typeof ResolvedInterval>>().toEqualTypeOf<Flat<ResolvedIntervalInput>>();
    expectTypeOf<FreshInput<typeof TimePoint>>().toEqualTypeOf<Flat<TimePointInput>>();
    expectTypeOf<FreshInput<typeof TimeChoice>>().toEqualTypeOf<Flat<TimeChoiceInput>>();
    expectTypeOf<FreshInput<typeof TimeSpan>>().toEqualTypeOf<Flat<TimeSpanInput>>();
    expectTypeOf<FreshInput<typeof NewsDocument>>().toEqualTypeOf<Flat<NewsDocumentInput>>();
  });

  it("fit where a record of unknown values is asked for, as zod's own object types do", () => {
    expectTypeOf<Meeting>().toExtend<Record<string, unknown>>();
    expectTypeOf<Person>().toExtend<Record<string, unknown>>();
    expectTypeOf<Actor>().toExtend<Record<string, unknown>>();
    expectTypeOf<NewsDocument>().toExtend<Record<string, unknown>>();
    expectTypeOf<MeetingInput>().toExtend<Record<string, unknown>>();
    expectTypeOf<z.infer<typeof Meeting>>().toExtend<Record<string, unknown>>();
  });

  it("name each union as the union of its variants' types, as zod infers it", () => {
    // each variant is a NamedObject, so zod's union of their outputs is the union of the named types
    expectTypeOf<z.infer<typeof Actor>>().toEqualTypeOf<Actor>();
    expectTypeOf<Actor>().toEqualTypeOf<Person | State | Organization | CountedGroup | UnnamedSource>();
    expectTypeOf<z.infer<typeof MeetingParticipant>>().toEqualTypeOf<MeetingParticipant>();
    expectTypeOf<MeetingParticipant>().toEqualTypeOf<DelegationParticipant | ActorParticipant>();
    expectTypeOf<z.infer<typeof TimeExpression>>().toEqualTypeOf<TimeExpression>();
    expectTypeOf<TimeExpression>().toEqualTypeOf<TimePoint | TimeChoice | TimeSpan>();
    expectTypeOf<z.input<typeof Actor>>().toEqualTypeOf<ActorInput>();
    expectTypeOf<z.input<typeof MeetingParticipant>>().toEqualTypeOf<MeetingParticipantInput>();
    expectTypeOf<z.input<typeof TimeExpression>>().toEqualTypeOf<TimeExpressionInput>();
  });
});

describe("the named types written out beside their schemas", () => {
  it("are exactly what zod infers from each schema", () => {
    expectTypeOf<model.Extensions>().toEqualTypeOf<z.infer<typeof model.Extensions>>();
    expectTypeOf<model.Inferred>().toEqualTypeOf<z.infer<typeof model.Inferred>>();
    expectTypeOf<model.OffsetUnit>().toEqualTypeOf<z.infer<typeof model.OffsetUnit>>();
    expectTypeOf<model.UtcOffset>().toEqualTypeOf<z.infer<typeof model.UtcOffset>>();
    expectTypeOf<model.AliasKind>().toEqualTypeOf<z.infer<typeof model.AliasKind>>();
    expectTypeOf<model.AnchorRelation>().toEqualTypeOf<z.infer<typeof model.AnchorRelation>>();
    expectTypeOf<model.Certainty>().toEqualTypeOf<z.infer<typeof model.Certainty>>();
    expectTypeOf<model.CountExactness>().toEqualTypeOf<z.infer<typeof model.CountExactness>>();
    expectTypeOf<model.DelegationRole>().toEqualTypeOf<z.infer<typeof model.DelegationRole>>();
    expectTypeOf<model.DurationUnit>().toEqualTypeOf<z.infer<typeof model.DurationUnit>>();
    expectTypeOf<model.HappeningKind>().toEqualTypeOf<z.infer<typeof model.HappeningKind>>();
    expectTypeOf<model.HappeningRole>().toEqualTypeOf<z.infer<typeof model.HappeningRole>>();
    expectTypeOf<model.InferenceBasis>().toEqualTypeOf<z.infer<typeof model.InferenceBasis>>();
    expectTypeOf<model.MeetingFormality>().toEqualTypeOf<z.infer<typeof model.MeetingFormality>>();
    expectTypeOf<model.MeetingProgress>().toEqualTypeOf<z.infer<typeof model.MeetingProgress>>();
    expectTypeOf<model.MeetingStatus>().toEqualTypeOf<z.infer<typeof model.MeetingStatus>>();
    expectTypeOf<model.OrganizationKind>().toEqualTypeOf<z.infer<typeof model.OrganizationKind>>();
    expectTypeOf<model.PartOfDay>().toEqualTypeOf<z.infer<typeof model.PartOfDay>>();
    expectTypeOf<model.ParticipantRole>().toEqualTypeOf<z.infer<typeof model.ParticipantRole>>();
    expectTypeOf<model.PositionKind>().toEqualTypeOf<z.infer<typeof model.PositionKind>>();
    expectTypeOf<model.RoundRelation>().toEqualTypeOf<z.infer<typeof model.RoundRelation>>();
    expectTypeOf<model.Stance>().toEqualTypeOf<z.infer<typeof model.Stance>>();
    expectTypeOf<model.TalksKind>().toEqualTypeOf<z.infer<typeof model.TalksKind>>();
    expectTypeOf<model.TimeDirection>().toEqualTypeOf<z.infer<typeof model.TimeDirection>>();
    expectTypeOf<model.TimeModifier>().toEqualTypeOf<z.infer<typeof model.TimeModifier>>();
    expectTypeOf<model.TimePrecision>().toEqualTypeOf<z.infer<typeof model.TimePrecision>>();
    expectTypeOf<model.Weekday>().toEqualTypeOf<z.infer<typeof model.Weekday>>();
  });
});

describe("the document type a consumer infers", () => {
  it("is the exported NewsDocument, input and output", () => {
    expectTypeOf<z.infer<typeof NewsDocument>>().toEqualTypeOf<NewsDocument>();
    expectTypeOf<z.output<typeof NewsDocument>>().toEqualTypeOf<NewsDocument>();
    expectTypeOf<z.input<typeof NewsDocument>>().toEqualTypeOf<NewsDocumentInput>();
  });

  it("holds each collection as the concept's own type", () => {
    expectTypeOf<NewsDocument["meetings"][number]>().toEqualTypeOf<Meeting>();
    expectTypeOf<NewsDocument["actors"][number]>().toEqualTypeOf<Actor>();
    expectTypeOf<NewsDocument["times"][number]>().toEqualTypeOf<TimeExpression>();
    expectTypeOf<NewsDocument["article"]>().toEqualTypeOf<Article>();
    expectTypeOf<Meeting["participants"][number]>().toEqualTypeOf<MeetingParticipant>();
    expectTypeOf<Meeting["round"]>().toEqualTypeOf<Round | undefined>();
  });
});

describe("the object schemas", () => {
  it("are zod objects of their shape whose inferred types are the named types themselves", () => {
    expectTypeOf(Meeting).toEqualTypeOf<NamedObject<(typeof Meeting)["shape"], Meeting, MeetingInput>>();
    expectTypeOf<typeof Meeting>().toExtend<z.ZodObject<(typeof Meeting)["shape"], z.core.$strict>>();
    // the named type itself, not a copy worked out again from the shape
    expectTypeOf<z.infer<typeof Meeting>>().toEqualTypeOf<Meeting>();
    expectTypeOf<z.input<typeof Meeting>>().toEqualTypeOf<MeetingInput>();
    expectTypeOf<ReturnType<typeof Meeting.parse>>().toEqualTypeOf<Meeting>();
    expectTypeOf<ReturnType<typeof NewsDocument.safeParse>["data"]>().toEqualTypeOf<NewsDocument | undefined>();
    expectTypeOf<z.infer<ReturnType<typeof Meeting.optional>>>().toEqualTypeOf<Meeting | undefined>();
  });

  it("keep each nested schema declared by the type it parses to", () => {
    expectTypeOf(Meeting.shape.round).toEqualTypeOf<z.ZodOptional<NamedSchema<Round, RoundInput>>>();
    expectTypeOf(Meeting.shape.participants).toEqualTypeOf<z.ZodArray<NamedSchema<MeetingParticipant, MeetingParticipantInput>>>();
    expectTypeOf(NewsDocument.shape.meetings.element).toEqualTypeOf<NamedSchema<Meeting, MeetingInput>>();
    expectTypeOf(Person.shape.inferred.unwrap().element).toEqualTypeOf<NamedSchema<Inference, InferenceInput>>();
    // a nested schema parses to its named type and accepts its named input, as zod infers them
    expectTypeOf<z.infer<typeof Meeting.shape.place>>().toEqualTypeOf<Place | undefined>();
    expectTypeOf<z.input<typeof Meeting.shape.place>>().toEqualTypeOf<z.input<typeof Place> | undefined>();
    expectTypeOf<z.input<typeof Place>>().toEqualTypeOf<PlaceInput>();
  });

  it("extend and pick into schemas whose types follow", () => {
    const Annotated = Meeting.extend({ reviewer: z.string() });
    expectTypeOf<z.infer<typeof Annotated>>().toHaveProperty("reviewer").toEqualTypeOf<string>();
    expectTypeOf<z.infer<typeof Annotated>>().toHaveProperty("status").toEqualTypeOf<Meeting["status"]>();
    const Label = Meeting.pick({ id: true, label: true });
    expectTypeOf<keyof z.infer<typeof Label>>().toEqualTypeOf<"id" | "label">();
    expectTypeOf<z.infer<typeof Label>["id"]>().toEqualTypeOf<Meeting["id"]>();
  });
});
