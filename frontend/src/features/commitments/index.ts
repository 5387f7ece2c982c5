// What the commitments feature offers other features: its typed addresses, the parties'
// names, the deadline, status and progress displays, and the answer form (the country page
// answers in place).

export { commitmentPaths } from "./routes";
export { AnswerForm } from "./AnswerForm";
export {
  AnswerGrid,
  CommitmentProgress,
  DeadlineText,
  isClosed,
  PartyAndDeadline,
  PartyName,
  ProgressBar,
  ResponseBadge,
  StatusBadge,
  useParties,
  type Parties,
} from "./parts";
