package dev.newsmodel.model;

/** Checks shared by persons and organizations. */
final class Entities {
  private Entities() {}

  static void checkEntity(String what, Entity entity) {
    if (entity.id().isBlank()) {
      throw new InvalidModelException(what + " '" + entity.name() + "' has a blank id");
    }
    if (entity.name().isBlank()) {
      throw new InvalidModelException(what + " " + entity.id() + " has a blank name");
    }
  }
}
