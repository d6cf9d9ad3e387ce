package id.berdaya.domain.registry;

/** One data line of an extract after validation: a listed person, an aid receipt, or a rejection. */
public sealed interface ExtractRow permits ListedPerson, AidReceipt, Rejection {

    long line();
}
