package dev.newsmodel.parser.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Section;
import org.junit.jupiter.api.Test;

class DocumentTest {

  @Test
  void laysBlocksOutWithBlankLinesAndGroupsThemIntoSections() {
    Draft draft = new Draft();
    draft.blocks().add(Block.paragraph("Lead one."));
    draft.blocks().add(Block.paragraph("Lead two."));
    draft.blocks().add(Block.heading("Part", 2));
    draft.blocks().add(Block.paragraph("Body."));

    Document document = Document.of(draft);

    assertThat(document.text()).isEqualTo("Lead one.\n\nLead two.\n\nPart\n\nBody.");
    Section lead = document.sections().get(0);
    assertThat(lead.heading()).isEmpty();
    assertThat(lead.end()).isEqualTo("Lead one.\n\nLead two.".length());
    Section part = document.sections().get(1);
    assertThat(part.heading()).contains("Part");
    assertThat(part.start()).isEqualTo(document.text().indexOf("Part"));
    assertThat(part.paragraphs().get(0).start()).isEqualTo(document.text().indexOf("Body."));
  }

  @Test
  void aHeadingWithoutParagraphsIsStillASection() {
    Draft draft = new Draft();
    draft.blocks().add(Block.heading("Only a heading", 3));

    Article article = Document.of(draft).toArticle();

    assertThat(article.sections())
        .singleElement()
        .satisfies(s -> assertThat(s.level()).isEqualTo(3));
  }

  @Test
  void layersMustBeSetBeforeTheyAreRead() {
    Document document = Document.of(new Draft());

    assertThatThrownBy(document::sentences)
        .hasMessageContaining("the sentences layer has not been provided");
    assertThatThrownBy(document::tokens)
        .hasMessageContaining("the tokens layer has not been provided");
    assertThatThrownBy(document::entities)
        .hasMessageContaining("the entities layer has not been provided");
    assertThat(document.has(Layer.SKELETON)).isTrue();
  }

  @Test
  void aLayerIsProvidedOnce() {
    Document document = Document.of(new Draft());
    document.put(Layer.QUOTES, java.util.List.of());

    assertThat(document.get(Layer.QUOTES)).isEmpty();
    assertThatThrownBy(() -> document.put(Layer.QUOTES, java.util.List.of()))
        .hasMessageContaining("the quotes layer was provided already");
  }

  @Test
  void theArticleHoldsTheLayersProvidedAndEmptyListsForTheOthers() {
    Document document = Document.of(new Draft());

    Article article = document.toArticle();

    assertThat(article.persons()).isEmpty();
    assertThat(article.quotes()).isEmpty();
    assertThat(article.meetings()).isEmpty();
  }
}
