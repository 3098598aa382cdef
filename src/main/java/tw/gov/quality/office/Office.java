package tw.gov.quality.office;

/**
 * A node of the office tree: the ministry, a supervising agency or a branch office.
 *
 * @param code stable identifier, also the office's inbox folder name
 * @param parentCode the supervising office, {@code null} at a root
 */
public record Office(String code, String name, String parentCode, Contact contact) {

	public boolean isRoot() {
		return parentCode == null;
	}

	/** Who to call or write to about the office's reports. */
	public record Contact(String person, String phone, String email) {

		public static final Contact NONE = new Contact(null, null, null);

	}

}
