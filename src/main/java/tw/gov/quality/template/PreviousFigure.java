package tw.gov.quality.template;

import java.math.BigDecimal;

/** What the office reported for an item in its previous accepted quarter, shown in the next template. */
public record PreviousFigure(String itemCode, String status, BigDecimal cumulative) {
}
