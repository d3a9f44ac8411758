export { LettersModule } from './lib/letters.module';
export { renderLetterPdf, type LetterContent } from './lib/letter-pdf';
