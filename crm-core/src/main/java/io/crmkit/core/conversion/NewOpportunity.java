package io.crmkit.core.conversion;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.UserId;
import io.crmkit.core.internal.Texts;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.value.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The deal to open when a lead is converted: its name, amount, expected close date, stage, owner
 * and the role the converted contact plays in it (as the deal's primary contact).
 *
 * @param name the deal's name, white space folded: {@code Acme - 200 seats}
 * @param amount what the deal is worth; not negative
 * @param expectedCloseDate when the owner expects the deal to close
 * @param stage the open stage the deal starts in; {@link Stage#DISCOVERY} from {@link #of}
 * @param ownerId the salesperson who owns the deal; when absent, the user who converts
 * @param contactRole the converted contact's role in the deal, white space folded;
 *     {@link OpportunityContactRole#DECISION_MAKER} from {@link #of}
 */
public record NewOpportunity(
    String name, Money amount, LocalDate expectedCloseDate, Stage stage, Optional<UserId> ownerId,
    String contactRole) {

  /**
   * Checks every part.
   *
   * @throws CrmValidationException when a part is missing, the name or role is blank, the amount is
   *     negative or the stage is closed (a conversion opens a deal, it does not close one)
   */
  public NewOpportunity {
    name = Texts.fold(CrmValidationException.requiredText("conversion.opportunity.name", name));
    CrmValidationException.required("conversion.opportunity.amount", amount);
    if (amount.isNegative()) {
      throw CrmValidationException.of("conversion.opportunity.amount", "range", amount, "an amount is 0 or more");
    }
    CrmValidationException.required("conversion.opportunity.expectedCloseDate", expectedCloseDate);
    CrmValidationException.required("conversion.opportunity.stage", stage);
    if (stage.isClosed()) {
      throw CrmValidationException.of("conversion.opportunity.stage", "open", stage,
          "a conversion opens a deal in an open stage");
    }
    CrmValidationException.required("conversion.opportunity.ownerId", ownerId);
    contactRole = Texts.fold(CrmValidationException.requiredText("conversion.opportunity.contactRole", contactRole));
  }

  /**
   * A deal in {@link Stage#DISCOVERY}, owned by the user who converts, with the converted contact as
   * its primary {@link OpportunityContactRole#DECISION_MAKER decision maker}.
   */
  public static NewOpportunity of(String name, Money amount, LocalDate expectedCloseDate) {
    return new NewOpportunity(name, amount, expectedCloseDate, Stage.DISCOVERY, Optional.empty(),
        OpportunityContactRole.DECISION_MAKER);
  }

  /** This deal starting in another open stage. */
  public NewOpportunity inStage(Stage newStage) {
    return new NewOpportunity(name, amount, expectedCloseDate, newStage, ownerId, contactRole);
  }

  /** This deal owned by another salesperson than the one who converts. */
  public NewOpportunity ownedBy(UserId owner) {
    return new NewOpportunity(name, amount, expectedCloseDate, stage,
        Optional.of(CrmValidationException.required("conversion.opportunity.ownerId", owner)), contactRole);
  }

  /** This deal with the converted contact in another role: {@code Champion}, {@code Economic buyer}. */
  public NewOpportunity withContactRole(String role) {
    return new NewOpportunity(name, amount, expectedCloseDate, stage, ownerId, role);
  }
}
