package com.hpgdesk.chart;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGCSSStyler;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The one drawing, written out as SVG (for the page), PNG, or onto any Graphics2D (for the PDF). */
final class ChartOutput {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final int MIN_SIZE = 50;
    private static final int MAX_SIZE = 4000;

    private ChartOutput() {
    }

    static void draw(JFreeChart chart, Graphics2D graphics, Rectangle2D area) {
        chart.draw(graphics, area);
    }

    /** @param title and {@code summary} become the SVG's title and description, for screen readers */
    static String svg(JFreeChart chart, String title, String summary, int width, int height) {
        checkSize(width, height);
        Document document = newSvgDocument();
        var context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        // Text stays text: readable, searchable, and escaped by the DOM when written out.
        context.setEmbeddedFontsOn(false);
        var graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));

        Element root = graphics.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        root.setAttributeNS(null, "role", "img");
        root.setAttributeNS(null, "aria-labelledby", "chart-title chart-desc");
        Element description = document.createElementNS(SVG_NS, "desc");
        description.setAttributeNS(null, "id", "chart-desc");
        description.setTextContent(summary);
        root.insertBefore(description, root.getFirstChild());
        Element titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setAttributeNS(null, "id", "chart-title");
        titleElement.setTextContent(title);
        root.insertBefore(titleElement, root.getFirstChild());

        graphics.dispose();
        SVGCSSStyler.style(root);
        return write(root);
    }

    /**
     * Written by the JDK's serializer rather than Batik's, which adds a DOCTYPE pointing at the W3C's
     * server: a parser that followed it would fetch from the internet.
     */
    private static String write(Element root) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            var out = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Writing the chart as SVG failed", e);
        }
    }

    static byte[] png(JFreeChart chart, int width, int height) {
        checkSize(width, height);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(chart, graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the chart as PNG failed", e);
        }
        return out.toByteArray();
    }

    private static void checkSize(int width, int height) {
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("A chart is " + MIN_SIZE + " to " + MAX_SIZE
                    + " pixels each way, not " + width + " x " + height);
        }
    }

    private static Document newSvgDocument() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML support is missing", e);
        }
    }
}
