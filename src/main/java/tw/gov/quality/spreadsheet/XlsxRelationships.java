package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** A part's relationships in an .xlsx package ({@code _rels/<name>.rels}) and where their targets are. */
final class XlsxRelationships {

	private XlsxRelationships() {
	}

	/** One relationship: its id, its type's URI, its target as written. */
	record Relationship(String id, String type, String target) {
	}

	/** The part's relationships (its {@code _rels/<name>.rels}), internal ones only; none if it has no such part. */
	static List<Relationship> of(XlsxPackage pkg, String part)
			throws IOException, SAXException, ParserConfigurationException {
		int slash = part.lastIndexOf('/');
		String rels = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
		if (!pkg.has(rels)) {
			return List.of();
		}
		List<Relationship> found = new ArrayList<>();
		pkg.parse(rels, new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("Relationship".equals(localName) && !"External".equals(attributes.getValue("TargetMode"))
						&& attributes.getValue("Target") != null && attributes.getValue("Type") != null) {
					found.add(new Relationship(String.valueOf(attributes.getValue("Id")), attributes.getValue("Type"),
							attributes.getValue("Target")));
				}
			}
		});
		return found;
	}

	/** A relationship's target as a zip entry name: relative to the source's folder, or absolute from the root. */
	static String resolve(String directory, String target) {
		try {
			URI base = new URI(null, null, "/" + directory, null);
			String path = base.resolve(new URI(null, null, target.replace('\\', '/'), null)).normalize().getPath();
			return path.startsWith("/") ? path.substring(1) : path;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return target.startsWith("/") ? target.substring(1) : directory + target;
		}
	}

}
