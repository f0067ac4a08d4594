package dev.newsmodel.parser.meetings;

/**
 * The word lists and rules that both a meeting verb and a meeting noun read to find their sides:
 * built once per language by the stage and shared, so that each reader takes one argument.
 */
record SideRules(
    MeetingWords words,
    FrameWords frameWords,
    Frames frames,
    VerbObjects objects,
    SideRegistrar registrar) {}
