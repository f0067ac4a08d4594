package dev.newsmodel.model;

import java.util.List;

/** A person or organization: something that can speak, be addressed, or take part in a meeting. */
public interface Entity {

  /** Id, unique within the article; quotes and meetings refer to the entity by it. */
  String id();

  /** The fullest name the text gives. */
  String name();

  /** Other names the text uses for the entity ("Wang" for "Wang Yi"). */
  List<String> aliases();

  /** Every place the text mentions the entity, in text order. */
  List<Mention> mentions();
}
