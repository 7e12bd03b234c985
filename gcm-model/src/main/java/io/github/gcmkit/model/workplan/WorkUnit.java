package io.github.gcmkit.model.workplan;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;

/**
 * A unit of a workplan that work is given to: a {@link Priority}, a {@link Workstream} or an {@link
 * Activity}, whichever the document names leads and participants for. Cameroon's workplan gives its
 * priorities activities and, for one, the ministries that lead its working group; West and Central
 * Africa's gives each workstream its lead and participating agencies.
 *
 * <p>Leads and participants are structured references; the document's own words are kept beside
 * them, so that "AUC, ECOWAS and ECCAS respectively" loses nothing.
 */
public interface WorkUnit {

  /** The lead agencies or stakeholders. */
  ImmutableList<StakeholderRef> leads();

  /** The participating agencies or stakeholders. */
  ImmutableList<StakeholderRef> participants();

  /** The leads in the document's own words. */
  Optional<LocalizedText> leadsWording();

  /** The participants in the document's own words. */
  Optional<LocalizedText> participantsWording();
}
