/**
 * The sample class's people and unit: Ms. Rivera's Room 12, 25 fifth graders with school
 * addresses, and twelve lessons from the grade 5 standards (Number and Operations—Fractions, and
 * one line-plot lesson), each with its standard's own words and a mini-lesson video.
 */

export const SAMPLE_TEACHER = 'rivera@school.example';
export const SAMPLE_TEACHER_NAME = 'Ms. Rivera';
export const SAMPLE_TIME_ZONE = 'America/New_York';
export const SAMPLE_NAME = 'Room 12 · Grade 5 Math · Unit 4 Fractions';
export interface SampleStudent {
  name: string;
  email: string;
}

export interface SampleLesson {
  /** Common Core code, e.g. 5.NF.B.3. */
  code: string;
  title: string;
  /** The standard's own words (corestandards.org). */
  standard: string;
  video: string;
}

export const SAMPLE_STUDENTS: readonly string[] = [
  'Ava Martinez',
  'Liam Nguyen',
  'Sofía Hernández',
  'Noah Johnson',
  'Amara Okafor',
  'Mateo Rossi',
  'Zoe Kim',
  'Ethan Patel',
  'Layla Haddad',
  'Lucas Silva',
  'Mia Chen',
  'Elijah Washington',
  'Isabella García',
  "Aiden O'Brien",
  'Fatima Rahman',
  'Kai Nakamura',
  'Chloé Dubois',
  'Jayden Brooks',
  'Priya Sharma',
  'Diego Flores',
  'Hana Yılmaz',
  'Oliver Schmidt',
  'Nia Adeyemi',
  'Samuel Cohen',
  'Grace Mbeki-Jones',
];

/** Twelve lessons from the grade 5 Number and Operations—Fractions domain, and one line-plot lesson. */
export const SAMPLE_LESSONS: readonly SampleLesson[] = [
  [
    '5.NF.A.1',
    'Add and subtract fractions with unlike denominators',
    'Add and subtract fractions with unlike denominators (including mixed numbers) by replacing given fractions with equivalent fractions.',
  ],
  [
    '5.NF.A.2',
    'Word problems: adding and subtracting fractions',
    'Solve word problems involving addition and subtraction of fractions referring to the same whole, including cases of unlike denominators.',
  ],
  [
    '5.NF.B.3',
    'A fraction is a division',
    'Interpret a fraction as division of the numerator by the denominator (a/b = a ÷ b).',
  ],
  [
    '5.NF.B.4a',
    'Multiply a fraction by a whole number',
    'Interpret the product (a/b) × q as a parts of a partition of q into b equal parts.',
  ],
  [
    '5.NF.B.4b',
    'Area of rectangles with fractional sides',
    'Find the area of a rectangle with fractional side lengths by tiling it with unit squares.',
  ],
  [
    '5.NF.B.5a',
    'Multiplication as scaling',
    'Compare the size of a product to the size of one factor on the basis of the size of the other factor.',
  ],
  [
    '5.NF.B.5b',
    'Multiplying by fractions greater or less than 1',
    'Explain why multiplying a number by a fraction greater than 1 gives a greater product, and by a fraction less than 1 a smaller one.',
  ],
  [
    '5.NF.B.6',
    'Real-world problems: multiplying fractions',
    'Solve real world problems involving multiplication of fractions and mixed numbers.',
  ],
  [
    '5.NF.B.7a',
    'Divide a unit fraction by a whole number',
    'Interpret division of a unit fraction by a non-zero whole number, and compute such quotients.',
  ],
  [
    '5.NF.B.7b',
    'Divide a whole number by a unit fraction',
    'Interpret division of a whole number by a unit fraction, and compute such quotients.',
  ],
  [
    '5.NF.B.7c',
    'Real-world problems: dividing unit fractions',
    'Solve real world problems involving division of unit fractions by whole numbers and of whole numbers by unit fractions.',
  ],
  [
    '5.MD.B.2',
    'Line plots with fractions of a unit',
    'Make a line plot to display a data set of measurements in fractions of a unit (1/2, 1/4, 1/8).',
  ],
].map(([code, title, standard]) => ({
  code: code!,
  title: title!,
  standard: standard!,
  // A placeholder host (RFC 2606): the teacher's own videos would be on YouTube or Drive.
  video: `https://video.example.org/room12/${code!.toLowerCase().replace(/\./g, '-')}`,
}));

/** What Ms. Rivera writes to students. */
export const FEEDBACK = [
  'Great use of the area model to show the product!',
  'Check your common denominators in #4 and #6, then redo the quick check.',
  'You explained why the product is smaller. Perfect!',
  'Watch the mini-lesson again from 3:10, then try the practice set.',
  'Nice line plot! Label the axis next time.',
  'Mastered on the exit ticket. Keep going!',
  "Let's meet in a small group on Thursday.",
  'Good model of the word problem. Remember to simplify 6/8.',
];

/** The student's school address: first.last, accents and apostrophes dropped. */
export function studentEmail(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/['’]/g, '');
  const [first, ...rest] = plain.split(' ');
  return `${first}.${rest.join('-')}@school.example`;
}

export const SAMPLE_ROSTER: readonly SampleStudent[] = SAMPLE_STUDENTS.map((name) => ({
  name,
  email: studentEmail(name),
}));
