package dev.newsmodel.parser.doc;

import dev.newsmodel.model.Meeting;
import dev.newsmodel.model.Quote;
import java.util.List;

/**
 * A named, typed layer of a {@link Document}: what a {@link Stage} requires and provides. The
 * skeleton (text, sections, paragraphs) is there from the start; every other layer is put by the
 * one stage that provides it and read by the stages after it.
 *
 * <p>The layers, in the order the default pipeline makes them:
 *
 * <ul>
 *   <li>{@link #SKELETON}: the body text and its sections, fixed when the document is made
 *   <li>{@link #TOKENS}: words, numbers, quotation marks and punctuation ({@link Tokens})
 *   <li>{@link #SENTENCES}: sentence boundaries over the tokens ({@link Sentences})
 *   <li>{@link #ENTITIES}: persons with their mentions and roles, and the registry that later
 *       stages add organizations to ({@link EntityRegistry})
 *   <li>{@link #QUOTES}: quotes with speaker, cue and addressee
 *   <li>{@link #MEETINGS}: meetings with participants, place and time
 * </ul>
 *
 * @param <T> the type of the layer's value
 */
public final class Layer<T> {
  /** The body text, sections and paragraphs: present in every document. */
  public static final Layer<String> SKELETON = new Layer<>("skeleton");

  public static final Layer<Tokens> TOKENS = new Layer<>("tokens");
  public static final Layer<Sentences> SENTENCES = new Layer<>("sentences");
  public static final Layer<EntityRegistry> ENTITIES = new Layer<>("entities");
  public static final Layer<List<Quote>> QUOTES = new Layer<>("quotes");
  public static final Layer<List<Meeting>> MEETINGS = new Layer<>("meetings");

  private final String name;

  private Layer(String name) {
    this.name = name;
  }

  /** The layer's name, as messages give it. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
