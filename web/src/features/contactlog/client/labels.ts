// Message keys for the contact log's choices (names as the core spells them in JSON).
import type { MessageKey } from '../../../i18n';
import type { Channel, HooverTactic, Initiator } from '../../../worker/generated/model';

export const INITIATOR_NAME: Record<Initiator, MessageKey> = {
  me: 'initiator.me',
  them: 'initiator.them',
  someoneElse: 'initiator.someoneElse',
};

export const CHANNEL_NAME: Record<Channel, MessageKey> = {
  inPerson: 'channel.inPerson',
  call: 'channel.call',
  text: 'channel.text',
  socialMedia: 'channel.socialMedia',
  email: 'channel.email',
  throughSomeone: 'channel.throughSomeone',
  other: 'channel.other',
};

export const TACTIC_NAME: Record<HooverTactic, MessageKey> = {
  apology: 'tactic.apology',
  promiseToChange: 'tactic.promiseToChange',
  gift: 'tactic.gift',
  guilt: 'tactic.guilt',
  crisis: 'tactic.crisis',
  loveBombing: 'tactic.loveBombing',
  justCheckingIn: 'tactic.justCheckingIn',
  threat: 'tactic.threat',
  thirdParty: 'tactic.thirdParty',
  other: 'tactic.other',
};

/** One plain sentence per tactic, shown beside its choice. */
export const TACTIC_HINT: Record<HooverTactic, MessageKey> = {
  apology: 'tactic.apology.hint',
  promiseToChange: 'tactic.promiseToChange.hint',
  gift: 'tactic.gift.hint',
  guilt: 'tactic.guilt.hint',
  crisis: 'tactic.crisis.hint',
  loveBombing: 'tactic.loveBombing.hint',
  justCheckingIn: 'tactic.justCheckingIn.hint',
  threat: 'tactic.threat.hint',
  thirdParty: 'tactic.thirdParty.hint',
  other: 'tactic.other.hint',
};
