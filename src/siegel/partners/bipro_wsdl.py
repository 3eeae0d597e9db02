"""Siegel's own WSDL for its BiPRO-430-style transfer service and BiPRO-410-style STS.

Not the BiPRO consortium's WSDL (members-only, and far larger): it declares the
subset Siegel implements, with BiPRO's element names and namespaces, so a SOAP
toolkit such as zeep (or existing broker software pointed at the URLs) can call
it. docs/partners-api.md lists what is covered and what is not.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

TRANSFER_NS = "http://www.bipro.net/namespace/transfer"
TRUST_NS = "http://schemas.xmlsoap.org/ws/2005/02/trust"
SC_NS = "http://schemas.xmlsoap.org/ws/2005/02/sc"
WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/"
SCT_TOKEN_TYPE = "http://schemas.xmlsoap.org/ws/2005/02/sc/sct"  # noqa: S105 - a URI, no secret
ISSUE = "http://schemas.xmlsoap.org/ws/2005/02/trust/Issue"

_WSDL = """<?xml version="1.0" encoding="UTF-8"?>
<wsdl:definitions
    xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
    xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:xsd="http://www.w3.org/2001/XMLSchema"
    xmlns:tran="http://www.bipro.net/namespace/transfer"
    xmlns:wst="http://schemas.xmlsoap.org/ws/2005/02/trust"
    xmlns:wsc="http://schemas.xmlsoap.org/ws/2005/02/sc"
    name="SiegelTransfer"
    targetNamespace="http://www.bipro.net/namespace/transfer">
  <wsdl:types>
    <xsd:schema targetNamespace="http://schemas.xmlsoap.org/ws/2005/02/sc"
        elementFormDefault="qualified">
      <xsd:element name="SecurityContextToken">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="Identifier" type="xsd:string"/>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
    </xsd:schema>
    <xsd:schema targetNamespace="http://schemas.xmlsoap.org/ws/2005/02/trust"
        elementFormDefault="qualified">
      <xsd:import namespace="http://schemas.xmlsoap.org/ws/2005/02/sc"/>
      <xsd:element name="RequestSecurityToken">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="TokenType" type="xsd:string" minOccurs="0"/>
            <xsd:element name="RequestType" type="xsd:string"/>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="RequestSecurityTokenResponse">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="TokenType" type="xsd:string"/>
            <xsd:element name="RequestedSecurityToken">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element ref="wsc:SecurityContextToken"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
            <xsd:element name="Lifetime">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element name="Created" type="xsd:dateTime"/>
                  <xsd:element name="Expires" type="xsd:dateTime"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
    </xsd:schema>
    <xsd:schema targetNamespace="http://www.bipro.net/namespace/transfer"
        elementFormDefault="qualified">
      <xsd:complexType name="CT_Meldung">
        <xsd:sequence>
          <xsd:element name="ArtID" type="xsd:string"/>
          <xsd:element name="MeldungID" type="xsd:string"/>
          <xsd:element name="Text" type="xsd:string"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="CT_Status">
        <xsd:sequence>
          <xsd:element name="ProzessID" type="xsd:string"/>
          <xsd:element name="Zeitstempel" type="xsd:dateTime"/>
          <xsd:element name="StatusID" type="xsd:string"/>
          <xsd:element name="Meldung" type="tran:CT_Meldung" minOccurs="0" maxOccurs="unbounded"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="CT_Dokument">
        <xsd:sequence>
          <xsd:element name="Nummer" type="xsd:int"/>
          <xsd:element name="Dateiname" type="xsd:string"/>
          <xsd:element name="MIMEType" type="xsd:string"/>
          <xsd:element name="Groesse" type="xsd:long"/>
          <xsd:element name="Daten" type="xsd:base64Binary" minOccurs="0"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="CT_Lieferung">
        <xsd:sequence>
          <xsd:element name="ID" type="xsd:string"/>
          <xsd:element name="Einstellzeitpunkt" type="xsd:dateTime"/>
          <xsd:element name="Kategorie" type="xsd:string"/>
          <xsd:element name="VerfuegbarBis" type="xsd:dateTime"/>
          <xsd:element name="Zustand" type="xsd:string"/>
          <xsd:element name="Kunde" type="xsd:string" minOccurs="0"/>
          <xsd:element name="Vertragsnummer" type="xsd:string" minOccurs="0"/>
          <xsd:element name="Betreff" type="xsd:string" minOccurs="0"/>
          <xsd:element name="Dokument" type="tran:CT_Dokument" minOccurs="0" maxOccurs="unbounded"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:element name="listShipments">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="Request">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element name="BiPROVersion" type="xsd:string" minOccurs="0"/>
                  <xsd:element name="Kategorie" type="xsd:string" minOccurs="0"/>
                  <xsd:element name="NurNeue" type="xsd:boolean" minOccurs="0"/>
                  <xsd:element name="EingestelltNach" type="xsd:dateTime" minOccurs="0"/>
                  <xsd:element name="Fortsetzung" type="xsd:string" minOccurs="0"/>
                  <xsd:element name="Anzahl" type="xsd:int" minOccurs="0"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="listShipmentsResponse">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="Response">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element name="Status" type="tran:CT_Status"/>
                  <xsd:element name="Lieferung" type="tran:CT_Lieferung" minOccurs="0" maxOccurs="unbounded"/>
                  <xsd:element name="Fortsetzung" type="xsd:string" minOccurs="0"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="getShipment">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="Request">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element name="BiPROVersion" type="xsd:string" minOccurs="0"/>
                  <xsd:element name="ID" type="xsd:string"/>
                  <xsd:element name="BestaetigeLieferung" type="xsd:boolean" minOccurs="0"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="getShipmentResponse">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="Response">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element name="Status" type="tran:CT_Status"/>
                  <xsd:element name="Lieferung" type="tran:CT_Lieferung" minOccurs="0"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="acknowledgeShipment">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="Request">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element name="BiPROVersion" type="xsd:string" minOccurs="0"/>
                  <xsd:element name="ID" type="xsd:string"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="acknowledgeShipmentResponse">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="Response">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element name="Status" type="tran:CT_Status"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
    </xsd:schema>
  </wsdl:types>

  <wsdl:message name="RequestSecurityTokenInput">
    <wsdl:part name="parameters" element="wst:RequestSecurityToken"/>
  </wsdl:message>
  <wsdl:message name="RequestSecurityTokenOutput">
    <wsdl:part name="parameters" element="wst:RequestSecurityTokenResponse"/>
  </wsdl:message>
  <wsdl:message name="listShipmentsInput">
    <wsdl:part name="parameters" element="tran:listShipments"/>
  </wsdl:message>
  <wsdl:message name="listShipmentsOutput">
    <wsdl:part name="parameters" element="tran:listShipmentsResponse"/>
  </wsdl:message>
  <wsdl:message name="getShipmentInput">
    <wsdl:part name="parameters" element="tran:getShipment"/>
  </wsdl:message>
  <wsdl:message name="getShipmentOutput">
    <wsdl:part name="parameters" element="tran:getShipmentResponse"/>
  </wsdl:message>
  <wsdl:message name="acknowledgeShipmentInput">
    <wsdl:part name="parameters" element="tran:acknowledgeShipment"/>
  </wsdl:message>
  <wsdl:message name="acknowledgeShipmentOutput">
    <wsdl:part name="parameters" element="tran:acknowledgeShipmentResponse"/>
  </wsdl:message>

  <wsdl:portType name="SecurityTokenServicePortType">
    <wsdl:operation name="RequestSecurityToken">
      <wsdl:input message="tran:RequestSecurityTokenInput"/>
      <wsdl:output message="tran:RequestSecurityTokenOutput"/>
    </wsdl:operation>
  </wsdl:portType>
  <wsdl:portType name="TransferServicePortType">
    <wsdl:operation name="listShipments">
      <wsdl:input message="tran:listShipmentsInput"/>
      <wsdl:output message="tran:listShipmentsOutput"/>
    </wsdl:operation>
    <wsdl:operation name="getShipment">
      <wsdl:input message="tran:getShipmentInput"/>
      <wsdl:output message="tran:getShipmentOutput"/>
    </wsdl:operation>
    <wsdl:operation name="acknowledgeShipment">
      <wsdl:input message="tran:acknowledgeShipmentInput"/>
      <wsdl:output message="tran:acknowledgeShipmentOutput"/>
    </wsdl:operation>
  </wsdl:portType>

  <wsdl:binding name="SecurityTokenServiceBinding" type="tran:SecurityTokenServicePortType">
    <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <wsdl:operation name="RequestSecurityToken">
      <soap:operation soapAction="urn:RequestSecurityToken" style="document"/>
      <wsdl:input><soap:body use="literal"/></wsdl:input>
      <wsdl:output><soap:body use="literal"/></wsdl:output>
    </wsdl:operation>
  </wsdl:binding>
  <wsdl:binding name="TransferServiceBinding" type="tran:TransferServicePortType">
    <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <wsdl:operation name="listShipments">
      <soap:operation soapAction="urn:listShipments" style="document"/>
      <wsdl:input><soap:body use="literal"/></wsdl:input>
      <wsdl:output><soap:body use="literal"/></wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getShipment">
      <soap:operation soapAction="urn:getShipment" style="document"/>
      <wsdl:input><soap:body use="literal"/></wsdl:input>
      <wsdl:output><soap:body use="literal"/></wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="acknowledgeShipment">
      <soap:operation soapAction="urn:acknowledgeShipment" style="document"/>
      <wsdl:input><soap:body use="literal"/></wsdl:input>
      <wsdl:output><soap:body use="literal"/></wsdl:output>
    </wsdl:operation>
  </wsdl:binding>

  <wsdl:service name="SiegelBiPRO">
    <wsdl:port name="SecurityTokenService" binding="tran:SecurityTokenServiceBinding">
      <soap:address location=STS_ADDRESS/>
    </wsdl:port>
    <wsdl:port name="TransferService" binding="tran:TransferServiceBinding">
      <soap:address location=TRANSFER_ADDRESS/>
    </wsdl:port>
  </wsdl:service>
</wsdl:definitions>
"""


def wsdl(*, sts_address: str, transfer_address: str) -> str:
    """The WSDL with the absolute addresses of this installation's endpoints."""
    return _WSDL.replace("STS_ADDRESS", quoteattr(sts_address)).replace(
        "TRANSFER_ADDRESS", quoteattr(transfer_address)
    )
