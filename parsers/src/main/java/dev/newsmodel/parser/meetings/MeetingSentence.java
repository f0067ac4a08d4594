package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import java.util.List;

/**
 * The sentence a meeting word stands in, as the rules that find its sides read it: the document's
 * text and tokens, its person mentions, the sides named in the sentence, the delegations found so
 * far, and the sentence's tokens {@code [first, end)}.
 */
record MeetingSentence(
    String text,
    Tokens tokens,
    MentionIndex personAt,
    List<Sides.Side> named,
    Delegations delegations,
    int first,
    int end) {}
