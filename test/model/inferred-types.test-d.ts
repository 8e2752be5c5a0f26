import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
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
  type NewsDocumentInput,
} from "../../src/index.js";

/** What zod infers from a strict object of the schema's own shape, built afresh. */
type Fresh<Schema extends z.ZodObject> = z.infer<z.ZodObject<Schema["shape"], z.core.$strict>>;

describe("the named types of the model", () => {
  it("are exactly what zod infers from each object schema", () => {
    expectTypeOf<Fresh<typeof Alias>>().toEqualTypeOf<Alias>();
    expectTypeOf<Fresh<typeof ExternalIds>>().toEqualTypeOf<ExternalIds>();
    expectTypeOf<Fresh<typeof NativeName>>().toEqualTypeOf<NativeName>();
    expectTypeOf<Fresh<typeof Person>>().toEqualTypeOf<Person>();
    expectTypeOf<Fresh<typeof State>>().toEqualTypeOf<State>();
    expectTypeOf<Fresh<typeof Organization>>().toEqualTypeOf<Organization>();
    expectTypeOf<Fresh<typeof GroupCount>>().toEqualTypeOf<GroupCount>();
    expectTypeOf<Fresh<typeof GroupRelation>>().toEqualTypeOf<GroupRelation>();
    expectTypeOf<Fresh<typeof CountedGroup>>().toEqualTypeOf<CountedGroup>();
    expectTypeOf<Fresh<typeof UnnamedSource>>().toEqualTypeOf<UnnamedSource>();
    expectTypeOf<Fresh<typeof Furniture>>().toEqualTypeOf<Furniture>();
    expectTypeOf<Fresh<typeof Article>>().toEqualTypeOf<Article>();
    expectTypeOf<Fresh<typeof Attribution>>().toEqualTypeOf<Attribution>();
    expectTypeOf<Fresh<typeof DelegationMember>>().toEqualTypeOf<DelegationMember>();
    expectTypeOf<Fresh<typeof Delegation>>().toEqualTypeOf<Delegation>();
    expectTypeOf<Fresh<typeof EvidenceSpan>>().toEqualTypeOf<EvidenceSpan>();
    expectTypeOf<Fresh<typeof HappeningParticipant>>().toEqualTypeOf<HappeningParticipant>();
    expectTypeOf<Fresh<typeof Happening>>().toEqualTypeOf<Happening>();
    expectTypeOf<Fresh<typeof Inference>>().toEqualTypeOf<Inference>();
    expectTypeOf<Fresh<typeof Issue>>().toEqualTypeOf<Issue>();
    expectTypeOf<Fresh<typeof Round>>().toEqualTypeOf<Round>();
    expectTypeOf<Fresh<typeof Place>>().toEqualTypeOf<Place>();
    expectTypeOf<Fresh<typeof DelegationParticipant>>().toEqualTypeOf<DelegationParticipant>();
    expectTypeOf<Fresh<typeof ActorParticipant>>().toEqualTypeOf<ActorParticipant>();
    expectTypeOf<Fresh<typeof MeetingPurpose>>().toEqualTypeOf<MeetingPurpose>();
    expectTypeOf<Fresh<typeof MeetingOutcome>>().toEqualTypeOf<MeetingOutcome>();
    expectTypeOf<Fresh<typeof Meeting>>().toEqualTypeOf<Meeting>();
    expectTypeOf<Fresh<typeof PositionAction>>().toEqualTypeOf<PositionAction>();
    expectTypeOf<Fresh<typeof Position>>().toEqualTypeOf<Position>();
    expectTypeOf<Fresh<typeof Post>>().toEqualTypeOf<Post>();
    expectTypeOf<Fresh<typeof TalkSeries>>().toEqualTypeOf<TalkSeries>();
    expectTypeOf<Fresh<typeof TimeValue>>().toEqualTypeOf<TimeValue>();
    expectTypeOf<Fresh<typeof Duration>>().toEqualTypeOf<Duration>();
    expectTypeOf<Fresh<typeof ResolvedInterval>>().toEqualTypeOf<ResolvedInterval>();
    expectTypeOf<Fresh<typeof TimePoint>>().toEqualTypeOf<TimePoint>();
    expectTypeOf<Fresh<typeof TimeChoice>>().toEqualTypeOf<TimeChoice>();
    expectTypeOf<Fresh<typeof TimeSpan>>().toEqualTypeOf<TimeSpan>();
    expectTypeOf<Fresh<typeof NewsDocument>>().toEqualTypeOf<NewsDocument>();
  });

  it("name each union as the union of its variants' interfaces, as zod infers it", () => {
    expectTypeOf<z.infer<typeof Actor>>().toEqualTypeOf<Actor>();
    expectTypeOf<Actor>().toEqualTypeOf<Person | State | Organization | CountedGroup | UnnamedSource>();
    expectTypeOf<z.infer<typeof MeetingParticipant>>().toEqualTypeOf<MeetingParticipant>();
    expectTypeOf<MeetingParticipant>().toEqualTypeOf<DelegationParticipant | ActorParticipant>();
    expectTypeOf<z.infer<typeof TimeExpression>>().toEqualTypeOf<TimeExpression>();
    expectTypeOf<TimeExpression>().toEqualTypeOf<TimePoint | TimeChoice | TimeSpan>();
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
  it("keep their zod object types, with the nested schemas in their shapes", () => {
    expectTypeOf(Meeting).toEqualTypeOf<z.ZodObject<(typeof Meeting)["shape"], z.core.$strict>>();
    expectTypeOf(Meeting.shape.round).toEqualTypeOf<z.ZodOptional<typeof Round>>();
    expectTypeOf(Meeting.shape.participants).toEqualTypeOf<z.ZodArray<typeof MeetingParticipant>>();
    expectTypeOf(NewsDocument.shape.meetings.element).toEqualTypeOf<typeof Meeting>();
    expectTypeOf(Person.shape.inferred.unwrap().element).toEqualTypeOf<typeof Inference>();
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
