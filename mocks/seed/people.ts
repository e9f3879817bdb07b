/**
 * Identifiers used in the seed messages: referenced persons, case numbers and staff.
 *
 * All people are fictional. 19121212-1212 (Tolvan Tolvansson) is Skatteverket's well-known test
 * personnummer; the others are made up in the same style, with birth numbers in the 99x series
 * and a valid check digit (Luhn), so validators accept them. Samordningsnummer have day + 60.
 * Roots per B1.3.3: personnummer 1.2.752.129.2.1.3.1, samordningsnummer 1.2.752.129.2.1.3.3,
 * diarienummer 'dnr', HSA-id 1.2.752.29.6.2.1, e-mail 0.9.2342.19200300.100.1.3.
 */
import type { InstanceIdentifier } from '../../src/sdk/model';
import { withLabel } from '../../src/sdk/references';

export const ROOTS = {
  personnummer: '1.2.752.129.2.1.3.1',
  samordningsnummer: '1.2.752.129.2.1.3.3',
  diarienummer: 'dnr',
  hsaId: '1.2.752.29.6.2.1',
  email: '0.9.2342.19200300.100.1.3',
} as const;

const pnr = (extension: string, label: string): InstanceIdentifier => ({ root: ROOTS.personnummer, extension, label });
const snr = (extension: string, label: string): InstanceIdentifier => ({ root: ROOTS.samordningsnummer, extension, label });
/** A case number; without a label of its own it carries the kind's (Digg's API requires one). */
export const dnr = (extension: string, label?: string): InstanceIdentifier => withLabel({ root: ROOTS.diarienummer, extension, label });
const hsa = (extension: string, label: string): InstanceIdentifier => ({ root: ROOTS.hsaId, extension, label });
const email = (extension: string, label: string): InstanceIdentifier => ({ root: ROOTS.email, extension, label });

/** Referenced persons (the citizens a message is about). */
export const PERSON = {
  tolvan: pnr('19121212-1212', 'Tolvan Tolvansson'),
  liam: pnr('20150314-9989', 'Liam Andersson'),
  nora: pnr('20170822-9982', 'Nora Hassan'),
  alva: pnr('20100605-9982', 'Alva Berg'),
  ebbe: pnr('20120229-9986', 'Ebbe Lind'),
  sixten: pnr('20090511-9988', 'Sixten Lind'),
  maja: pnr('19860714-9989', 'Maja Lind'),
  karlErik: pnr('19410317-9984', 'Karl-Erik Nilsson'),
  ingrid: pnr('19380921-9987', 'Ingrid Holm'),
  birgitta: pnr('19520416-9980', 'Birgitta Åström'),
  amir: snr('20050181-9981', 'Amir Rahimi'),
  yusuf: snr('19990863-9983', 'Yusuf Karimi'),
} as const;

/** Staff named as attentionPerson (sender's handläggare or the intended recipient). */
export const STAFF = {
  anna: email('anna.lindqvist@malmo.se', 'Anna Lindqvist'),
  erik: email('erik.johansson@lund.se', 'Erik Johansson'),
  sara: email('sara.nilsson@malmo.se', 'Sara Nilsson'),
  tove: email('tove.persson@skane.se', 'Tove Persson'),
  bupLakare: hsa('SE2321000255-4K7P', 'Jonas Ek, överläkare BUP'),
  vardplanerare: hsa('SE2321000255-2HQ9', 'Lena Strand, vårdplanerare SUS'),
  arbetsterapeut: hsa('SE2321000255-7ZM3', 'Fatima Ali, arbetsterapeut'),
  psykiatriSsk: hsa('SE2321000255-5RD2', 'Mats Olsson, sjuksköterska vuxenpsykiatri'),
  helsingborgHandlaggare: email('karin.svensson@helsingborg.se', 'Karin Svensson'),
  lundAldre: email('peter.holmberg@lund.se', 'Peter Holmberg'),
  kristianstad: email('sofia.eriksson@kristianstad.se', 'Sofia Eriksson'),
  ivoInspektor: email('inspektor.syd@ivo.se', 'Helena Bergqvist, inspektör'),
  malmoElevhalsa: email('kurator.rosengard@malmo.se', 'Jessica Nyström, skolkurator'),
};
