/**
 * The letter register: numbers per letter type and year without gap or duplicate, a verification
 * code per letter, and the subject each letter is about, so that printing it again gives the same letter.
 */
package id.berdaya.domain.letter;
